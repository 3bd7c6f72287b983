const { Session, AdminTokenAuth, clientFor } = await import("@openstack-ts/core");
const { networkService, networks } = await import("@openstack-ts/network");
const base = "http://127.0.0.1:36965";
const session = new Session({ auth: new AdminTokenAuth({ token: "x" }), services: { network: { endpointOverride: base } } });
const client = clientFor(session, networkService);
await client.get("networks").json();
async function time(name, fn, n = 50000) {
  for (let i = 0; i < 2000; i++) await fn();
  const t = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const u = process.cpuUsage(t);
  console.log(name.padEnd(14), ((u.user + u.system) / n).toFixed(2), "µs");
}
for (let r = 0; r < 2; r++) {
await time("endpoint", () => client.endpoint());
await time("microversion", () => client.microversion({ what: "x" }));
await time("clientFor", async () => clientFor(session, networkService));
await time("noop", async () => 1);
}

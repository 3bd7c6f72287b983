const { Session, AdminTokenAuth, clientFor } = await import("@openstack-ts/core");
const { networkService, networks } = await import("@openstack-ts/network");
const base = "http://127.0.0.1:36965";
const session = new Session({ auth: new AdminTokenAuth({ token: "x" }), services: { network: { endpointOverride: base } } });
const client = clientFor(session, networkService);
const variants = {
  sc: () => client.get("networks").json(),
  scOpts: () => client.get("networks", { signal: undefined, microversion: undefined }).json(),
  scAbs: () => client.get(base + "/v2.0/networks").json(),
  scAbsOpts: () => client.get(base + "/v2.0/networks", { signal: undefined, microversion: undefined }).json(),
  list: () => networks.list(session),
};
const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(variants);
for (const n of names) for (let i = 0; i < 300; i++) await variants[n]();
const totals = Object.fromEntries(names.map((n) => [n, []]));
for (let round = 0; round < 7; round++) for (const n of names) {
  const c = process.cpuUsage();
  for (let i = 0; i < 1500; i++) await variants[n]();
  const u = process.cpuUsage(c); totals[n].push((u.user + u.system) / 1500);
}
for (const n of names) { const s = totals[n].sort((a, b) => a - b); console.log(n.padEnd(10), s.map((x) => x.toFixed(0)).join(" "), " median", s[3].toFixed(0)); }

const { Session, AdminTokenAuth, clientFor } = await import("@openstack-ts/core");
const { networkService, networks } = await import("@openstack-ts/network");
const session = new Session({ auth: new AdminTokenAuth({ token: "x" }), services: { network: { endpointOverride: "http://127.0.0.1:36965" } } });
const client = clientFor(session, networkService);
const mode = process.argv[2];
for (let round = 0; round < 6; round++) {
  for (let i = 0; i < 3000; i++) {
    if (mode === "list") await networks.list(session); else await client.get("networks").json();
  }
  
  console.log(mode, round, (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(2), "MiB");
}

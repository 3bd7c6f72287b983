// The seed scenario with openstack-ts, as DESIGN.md writes it, as a whole process.
// Usage: node seed/openstack-ts.mjs <network name>. Prints what it saw as one JSON line.
// OPENSTACK_TS_MODULE names another build of the same package (the one-file prototype).
const { Connection } = await import(process.env.OPENSTACK_TS_MODULE ?? "@openstack-ts/openstack");

const name = process.argv[2];
const conn = new Connection({
  authUrl: "http://127.0.0.1:5000/v3",
  projectName: "admin",
  username: "admin",
  password: "admin",
});

const projects = await conn.identity.listProjects();
let network = await conn.network.findNetwork(name);
if (network === null) network = await conn.network.createNetwork({ name });
const found = await conn.network.findNetwork(name);
await conn.network.deleteNetwork(found);
const token = await conn.authorize();

console.log(
  JSON.stringify({
    projects: projects.map((p) => p.name).sort(),
    created: network.id,
    found: found?.id,
    tokenLength: token.length,
  }),
);

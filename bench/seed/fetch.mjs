// The floor: the seed scenario's HTTP calls, the very ones openstack-ts sends (token, Keystone
// and Neutron discovery, projects, find = GET by name then list by name, create, find, delete),
// written with bare fetch and nothing else: no retries, no validation, no error classes.
// Usage: node seed/fetch.mjs <network name>. Prints what it saw as one JSON line.
const name = process.argv[2];
const AUTH_URL = "http://127.0.0.1:5000/v3";

async function call(url, init = {}, ok = (status) => status < 400) {
  const response = await fetch(url, init);
  if (!ok(response.status)) throw new Error(`${init.method ?? "GET"} ${url}: ${response.status}`);
  return response;
}

const auth = await call(`${AUTH_URL}/auth/tokens`, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({
    auth: {
      identity: {
        methods: ["password"],
        password: { user: { name: "admin", domain: { name: "Default" }, password: "admin" } },
      },
      scope: { project: { name: "admin", domain: { name: "Default" } } },
    },
  }),
});
const token = auth.headers.get("x-subject-token");
const { catalog } = (await auth.json()).token;
const headers = { "X-Auth-Token": token };

await (await call(AUTH_URL)).json(); // Keystone's version document
const projects = (await (await call(`${AUTH_URL}/projects`, { headers })).json()).projects;

const entry = catalog.find((service) => service.type === "network");
const root = entry.endpoints.find((e) => e.interface === "public" && e.region_id === "RegionOne").url;
const versions = (await (await call(root)).json()).versions;
const api = versions
  .find((v) => v.id === "v2.0")
  .links.find((l) => l.rel === "self")
  .href.replace(/\/$/, "");

async function findNetwork(nameOrId) {
  const byId = await call(`${api}/networks/${encodeURIComponent(nameOrId)}`, { headers }, (s) => s < 400 || s === 404);
  if (byId.status !== 404) return (await byId.json()).network;
  await byId.body?.cancel();
  const list = (await (await call(`${api}/networks?name=${encodeURIComponent(nameOrId)}`, { headers })).json())
    .networks;
  return list.find((n) => n.id === nameOrId || n.name === nameOrId) ?? null;
}

let network = await findNetwork(name);
if (network === null) {
  const created = await call(`${api}/networks`, {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/json" },
    body: JSON.stringify({ network: { name } }),
  });
  network = (await created.json()).network;
}
const found = await findNetwork(name);
await call(`${api}/networks/${found.id}`, { method: "DELETE", headers });

console.log(
  JSON.stringify({
    projects: projects.map((p) => p.name).sort(),
    created: network.id,
    found: found?.id,
    tokenLength: token.length,
  }),
);

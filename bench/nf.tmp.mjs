// Network-free: the same session/client, fetch answered in-process with a real Response.
import { readFileSync } from "node:fs";
const { Session, AdminTokenAuth, clientFor } = await import("@openstack-ts/core");
const { networkService, networks } = await import("@openstack-ts/network");
const [mode, countArg] = process.argv.slice(2);
const base = "http://127.0.0.1:9";
const netBody = JSON.parse(readFileSync("/tmp/netbody.json", "utf8"));
const body = JSON.stringify({ networks: [0, 1, 2].map((i) => ({ ...netBody, id: `00000000-0000-4000-8000-00000000000${i}` })) });
const version = JSON.stringify({ versions: [{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: `${base}/v2.0/` }] }] });
const fetch = async (input) => {
  const url = typeof input === "string" ? input : input.url;
  return new Response(url.endsWith("/networks") ? body : version, { status: 200, headers: { "content-type": "application/json" } });
};
const session = new Session({ auth: new AdminTokenAuth({ token: "x" }), fetch, services: { network: { endpointOverride: base } } });
const client = clientFor(session, networkService);
const one = mode === "list" ? () => networks.list(session) : () => client.get("networks").json().then((b) => b.networks);
const n = Number(countArg);
for (let i = 0; i < n; i++) { const items = await one(); if (items.length !== 3) throw new Error("bad " + items.length); }
console.log(mode, n, "ok");

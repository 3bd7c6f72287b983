// The seed example and a paginated list, as a plain ES module that Node, Deno and Bun all run.
// It imports the built package by name, so each runtime picks its own export condition.
// Prints one JSON line with what it saw; e2e/runtimes.test.ts checks it against the cloud.
import { Connection, fromConfig } from "@openstack-ts/openstack";

// The seed example's cloud, unless the test points the program at another one (the fake cloud).
const authUrl = process.env.OPENSTACK_TS_AUTH_URL ?? "http://127.0.0.1:5000/v3";

const conn = new Connection({
  authUrl,
  projectName: "admin",
  username: "admin",
  password: "admin",
});

const projects = await conn.identity.listProjects();
const streamed = [];
for await (const p of conn.identity.listProjects()) streamed.push(p.name);

const name = `runtime-${globalThis.Deno ? "deno" : globalThis.Bun ? "bun" : "node"}-${Date.now().toString(36)}`;
let network = await conn.network.findNetwork(name);
if (network === null) network = await conn.network.createNetwork({ name });
const found = await conn.network.findNetwork(name);

const pages = [];
for await (const page of conn.network.listNetworks({}, { limit: 2 }).pages()) pages.push(page.length);
await conn.network.deleteNetwork(network);

const token = await conn.authorize();
const conn2 = await fromConfig({ cloudName: "local" });
// The same cloud read at once, as `new Connection({ cloud })` does (js-yaml loaded synchronously).
const conn3 = new Connection({ cloud: "local" });

console.log(
  JSON.stringify({
    runtime: globalThis.Deno ? "deno" : globalThis.Bun ? "bun" : "node",
    projects: projects.map((p) => p.name),
    streamed,
    created: network.id,
    found: found?.id,
    pages,
    tokenLength: token.length,
    configProject: await conn2.currentProjectId,
    cloudProject: await conn3.currentProjectId,
    project: await conn.currentProjectId,
    gone: (await conn.network.findNetwork(name)) === null,
  }),
);

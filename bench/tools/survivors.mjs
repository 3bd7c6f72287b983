// What each request leaves alive across a young-generation collection, with a real socket:
// the list server of scenario 2 in its own process, each contestant in a process of its own
// run with --trace-gc-nvp, and the bytes each scavenge copied or promoted added up over the
// run, per request. Unlike CPU time this hardly moves from run to run (under 0.5 kB), so it
// shows what a ky option or a step of ours keeps alive (BENCHMARKS.md, session 28).
// Usage: node bench/tools/survivors.mjs [--requests N] [contestant …]   (needs `pnpm run build`)
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { pool } from "../lib/pool.mjs";
import { startListServer } from "../lib/server.mjs";

const TOKEN = "gAAAAAB-bench-token-not-a-secret";
const CONCURRENCY = 16;
const WARM_UP = 320;

async function contestants(base) {
  const { default: ky } = await import(
    new URL("../../packages/core/node_modules/ky/distribution/index.js", import.meta.url).href
  );
  const { Session, AdminTokenAuth, clientFor } = await import("@openstack-ts/core");
  const { networkService, networks } = await import("@openstack-ts/network");
  const url = `${base}/v2.0/networks`;
  const kyWith = (options) => {
    const client = ky.create({ headers: { "X-Auth-Token": TOKEN }, ...options });
    return async () => (await client.get(url).json()).networks;
  };
  const session = new Session({
    auth: new AdminTokenAuth({ token: TOKEN }),
    services: { network: { endpointOverride: base } },
  });
  const client = clientFor(session, networkService);
  return {
    "ky alone": kyWith({}),
    "ky with timeout: 10000 (its default)": kyWith({ timeout: 10_000 }),
    'ky with redirect: "manual"': kyWith({ redirect: "manual" }),
    "ky with a fetch wrapper": kyWith({ fetch: (request, init) => fetch(request, init) }),
    "ky with two no-op hooks": kyWith({ hooks: { beforeRetry: [async () => undefined], beforeError: [(e) => e] } }),
    "openstack-ts ServiceClient": async () => (await client.get("networks").json()).networks,
    "openstack-ts networks.list": () => networks.list(session),
  };
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "--child") {
  const [name, base, count] = rest;
  const one = (await contestants(base))[name];
  await pool(WARM_UP, CONCURRENCY, one);
  await pool(Number(count), CONCURRENCY, one);
  process.exit(0);
}

const args = process.argv.slice(2);
let requests = 8_000;
const named = [];
while (args.length) {
  const arg = args.shift();
  if (arg === "--requests") requests = Number(args.shift());
  else named.push(arg);
}
const server = await startListServer(3);
try {
  const known = Object.keys(await contestants(server.base));
  const unknown = named.filter((name) => !known.includes(name));
  if (unknown.length) throw new Error(`unknown contestants: ${unknown.join(", ")}; known: ${known.join(", ")}`);
  console.log("| contestant | survived or promoted, bytes a request | scavenges |\n| --- | ---: | ---: |");
  for (const name of named.length ? named : known) {
    const trace = execFileSync(
      process.execPath,
      ["--trace-gc-nvp", fileURLToPath(import.meta.url), "--child", name, server.base, String(requests)],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    let bytes = 0;
    let scavenges = 0;
    for (const line of trace.split("\n")) {
      if (!line.includes("gc=s ")) continue;
      scavenges++;
      for (const field of ["promoted", "new_space_survived"])
        bytes += Number(new RegExp(` ${field}=(\\d+)`).exec(line)?.[1] ?? 0);
    }
    console.log(`| ${name} | ${Math.round(bytes / (requests + WARM_UP))} | ${scavenges} |`);
  }
} finally {
  server.stop();
}

// One contestant of scenario 2, in its own process: `count` GETs of a small list at a given
// concurrency against the loopback server, after a warm-up. Prints the wall time and the
// process's CPU (user + sys) spent on the measured requests.
// Usage: node requests/client.mjs <contestant> <server base URL> <concurrency> <count>
import { pool } from "../lib/pool.mjs";

const [contestant, base, concurrencyArg, countArg] = process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const count = Number(countArg);
const TOKEN = "gAAAAAB-bench-token-not-a-secret";

async function contestantFor(name) {
  if (name === "bare fetch") {
    const url = `${base}/v2.0/networks`;
    const headers = { "X-Auth-Token": TOKEN };
    return async () => (await (await fetch(url, { headers })).json()).networks;
  }
  if (name.startsWith("ky alone")) {
    // The HTTP client core is built on, with none of our hooks: the floor of the openstack-ts
    // pipeline. With its defaults, and in its leanest form (no retries, no timeout), to show
    // the floor is ky's own and not its options'. Resolved from core, whose dependency it is.
    const { default: ky } = await import(
      new URL("../../packages/core/node_modules/ky/distribution/index.js", import.meta.url).href
    );
    const lean = name.includes("no retry");
    const client = ky.create({ headers: { "X-Auth-Token": TOKEN }, ...(lean && { retry: 0, timeout: false }) });
    const url = `${base}/v2.0/networks`;
    if (name.includes("item checks")) {
      // The same work as networks.list, written by hand on ky: each item checked against the
      // network's declared schema with core's own check. networks.list is judged against this.
      const { parseItem } = await import("@openstack-ts/core");
      const { networks } = await import("@openstack-ts/network");
      return async () => {
        const body = await client.get(url).json();
        return body.networks.map((item, index) => parseItem(networks.schema, item, url, "networks", index));
      };
    }
    return async () => (await client.get(url).json()).networks;
  }
  const { Session, AdminTokenAuth, clientFor } = await import("@openstack-ts/core");
  const { networkService, networks } = await import("@openstack-ts/network");
  // A fixed token and an endpoint override: no Keystone involved, only the request pipeline.
  const session = new Session({
    auth: new AdminTokenAuth({ token: TOKEN }),
    services: { network: { endpointOverride: base } },
  });
  if (name === "openstack-ts ServiceClient") {
    const client = clientFor(session, networkService);
    return async () => (await client.get("networks").json()).networks;
  }
  if (name === "openstack-ts networks.list") return () => networks.list(session);
  throw new Error(`unknown contestant ${name}`);
}

const one = await contestantFor(contestant);
await pool(Math.max(200, concurrency * 20), concurrency, one);
const cpu = process.cpuUsage();
const start = performance.now();
await pool(count, concurrency, one);
const wallMs = performance.now() - start;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ wallMs, cpuMs: (used.user + used.system) / 1000, requests: count }));

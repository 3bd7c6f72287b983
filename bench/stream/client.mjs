// One contestant of scenario 3, in its own process (run with --expose-gc): every network of
// a long paged list, iterated with `for await`, holding none of them. Samples the heap every
// 100 items and prints the time, the CPU and the peak heap growth over the starting heap.
// Usage: node --expose-gc stream/client.mjs <contestant> <server base URL> <expected items>
const [contestant, base, expectedArg] = process.argv.slice(2);
const expected = Number(expectedArg);
const TOKEN = "gAAAAAB-bench-token-not-a-secret";
const PAGE = 1000;

async function iterableFor(name) {
  if (name === "bare fetch") {
    // The same walk written by hand: follow `networks_links` until there is no next page.
    return async function* (page = PAGE) {
      let url = `${base}/v2.0/networks?limit=${page}`;
      while (url) {
        const body = await (await fetch(url, { headers: { "X-Auth-Token": TOKEN } })).json();
        yield* body.networks;
        url = body.networks_links?.find((link) => link.rel === "next")?.href;
      }
    };
  }
  const { Session, AdminTokenAuth } = await import("@openstack-ts/core");
  const { networks } = await import("@openstack-ts/network");
  const session = new Session({
    auth: new AdminTokenAuth({ token: TOKEN }),
    services: { network: { endpointOverride: base } },
  });
  if (name === "openstack-ts networks.list") return (page = PAGE) => networks.list(session, {}, { limit: page });
  throw new Error(`unknown contestant ${name}`);
}

const iterable = await iterableFor(contestant);
// One item through the contestant's own path before the baseline, so that neither counts
// what the runtime loads once, at its first request (Node's fetch implementation is ~2 MiB
// of heap, loaded by whichever first touches fetch).
for await (const network of iterable(1)) if (network) break;
globalThis.gc();
const baseline = process.memoryUsage().heapUsed;
let peak = baseline;
let count = 0;
const cpu = process.cpuUsage();
const start = performance.now();
for await (const network of iterable()) {
  if (typeof network.id !== "string") throw new Error("not a network");
  if (++count % 100 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
}
const wallMs = performance.now() - start;
const used = process.cpuUsage(cpu);
peak = Math.max(peak, process.memoryUsage().heapUsed);
if (count !== expected) throw new Error(`expected ${expected} networks, got ${count}`);

// A second, unmeasured walk that collects garbage every 10,000 items: what the walk keeps
// alive, as opposed to what it has dropped and V8 has not collected yet.
globalThis.gc();
const liveBaseline = process.memoryUsage().heapUsed;
let live = 0;
let again = 0;
for await (const network of iterable()) {
  if (++again % 10_000 === 5_000 && network) {
    globalThis.gc();
    live = Math.max(live, process.memoryUsage().heapUsed - liveBaseline);
  }
}
console.log(
  JSON.stringify({
    count,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    peakGrowthMiB: (peak - baseline) / 2 ** 20,
    liveGrowthMiB: live / 2 ** 20,
  }),
);

// What each of the options the session gives ky costs per request, with no network: every
// contestant's fetch answers at once with a fresh `Response`, so what is left is JavaScript
// (ky's option merge, its hooks, our steps). Splits scenario 2's gap into its parts.
import { loadFixtures } from "../lib/fixtures.mjs";
import { pool } from "../lib/pool.mjs";

// Usage: node bench/tools/ky-options.mjs [--bytes] [--requests N] [--rounds N] [--concurrency N] [contestant …]
// (by default every contestant; "ky alone" always runs, as the baseline), each round a process per contestant. Needs the build
// (`pnpm run build`) and bench's links (any `node bench/run.mjs` makes them).
// --bytes: the heap each request allocates instead of its CPU. Unlike CPU time it hardly varies
// from run to run, so it shows a change of a few hundred bytes that timings on a busy machine
// cannot. The young generation is made large enough that no collection runs while measuring.
const settings = { requests: 20_000, rounds: 7, concurrency: 16 };
const named = [];
let bytes = false;
for (let args = process.argv.slice(2); args.length; ) {
  const arg = args.shift();
  if (arg === "--bytes") bytes = true;
  else if (arg.startsWith("--") && arg.slice(2) in settings) settings[arg.slice(2)] = Number(args.shift());
  else named.push(arg);
}
// 2,000 requests of ~60 kB each stay well inside the 512 MB young generation asked for below.
if (bytes && !process.argv.includes("--requests")) settings.requests = 2_000;
const { requests, rounds, concurrency } = settings;

const TOKEN = "gAAAAAB-bench-token-not-a-secret";
// The list server's answer (servers/list-server.mjs): the API reference's network, three times.
const { networkBody } = await loadFixtures("packages/network/test/networks/fixtures.ts");
const BODY = JSON.stringify({
  networks: [0, 1, 2].map((i) => ({ ...networkBody, id: `net-id-${i}`, name: `net-${i}` })),
});
const BASE = "http://127.0.0.1:9/";

const instant = async () => new Response(BODY, { headers: { "content-type": "application/json" } });

const { default: ky } = await import(
  new URL("../../packages/core/node_modules/ky/distribution/index.js", import.meta.url).href
);
const { Session, AdminTokenAuth, clientFor, parseItem } = await import("@openstack-ts/core");
const { networkService, networks } = await import("@openstack-ts/network");

// The retry policy the session gives ky by default (core's session/retry.ts), written out.
const ourRetry = {
  limit: 3,
  methods: ["get", "head", "put", "delete", "options"],
  statusCodes: [408, 429, 500, 502, 503, 504],
  afterStatusCodes: [413, 429, 503],
  maxRetryAfter: 60_000,
  backoffLimit: 10_000,
  delay: (attempt) => 250 * 2 ** (attempt - 1),
  jitter: (delay) => delay / 2 + Math.random() * (delay / 2),
};
const noop = async () => undefined;
const putOn = (request) => {
  request.headers.set("X-Auth-Token", TOKEN);
  request.headers.set("User-Agent", "openstack-ts bench");
};
const hooks = { beforeRequest: [noop], beforeRetry: [noop], beforeError: [(error) => error] };
const url = `${BASE}v2.0/networks`;

const kyWith = (options, perRequest = () => ({})) => {
  const client = ky.create({ headers: { "X-Auth-Token": TOKEN }, fetch: instant, ...options });
  return async () => (await client.get(url, perRequest()).json()).networks;
};

const session = new Session({
  auth: new AdminTokenAuth({ token: TOKEN }),
  services: { network: { endpointOverride: BASE } },
  fetch: instant,
});
const serviceClient = clientFor(session, networkService);

const CONTESTANTS = {
  "ky alone": kyWith({}),
  "+ our retry policy": kyWith({ retry: ourRetry }),
  "+ three no-op hooks": kyWith({ hooks }),
  "+ an unknown option per request": kyWith({}, () => ({ openstack: { context: { authenticated: true } } })),
  "+ a fetch wrapper": (() => {
    const client = ky.create({ headers: { "X-Auth-Token": TOKEN }, fetch: (r, i) => instant(r, i) });
    return async () => (await client.get(url).json()).networks;
  })(),
  // Where the session's headers go on: a hook, or the fetch step it has anyway.
  "+ headers in a beforeRequest hook": (() => {
    const client = ky.create({ fetch: instant, hooks: { beforeRequest: [({ request }) => putOn(request)] } });
    return async () => (await client.get(url).json()).networks;
  })(),
  "+ headers in the fetch step": (() => {
    const client = ky.create({ fetch: (request, init) => (putOn(request), instant(request, init)) });
    return async () => (await client.get(url).json()).networks;
  })(),
  "+ all four": kyWith({ retry: ourRetry, hooks }, () => ({ openstack: { context: { authenticated: true } } })),
  "openstack-ts ServiceClient": async () => (await serviceClient.get("networks").json()).networks,
  // The list and its baseline, as in scenario 2: each item checked against the schema.
  "ky alone, with the list's item checks": (() => {
    const client = ky.create({ headers: { "X-Auth-Token": TOKEN }, fetch: instant });
    return async () => {
      const body = await client.get(url).json();
      return body.networks.map((item, index) => parseItem(networks.schema, item, url, "networks", index));
    };
  })(),
  "openstack-ts networks.list": () => networks.list(session),
};

// Each contestant in a process of its own, as in scenario 2: in one process they would share
// ky's code, and its inline caches, made megamorphic by the others' options, would cost
// every contestant alike.
if (process.env.KY_OPTIONS_CHILD) {
  const one = CONTESTANTS[process.env.KY_OPTIONS_CHILD];
  await pool(2_000, concurrency, one);
  if (bytes) {
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    await pool(requests, concurrency, one);
    console.log((process.memoryUsage().heapUsed - before) / requests);
    process.exit(0);
  }
  const cpu = process.cpuUsage();
  await pool(requests, concurrency, one);
  const used = process.cpuUsage(cpu);
  console.log((used.user + used.system) / requests);
  process.exit(0);
}

const unknown = named.filter((name) => !(name in CONTESTANTS));
if (unknown.length)
  throw new Error(`unknown contestants: ${unknown.join(", ")}; known: ${Object.keys(CONTESTANTS).join(", ")}`);
const chosen = Object.keys(CONTESTANTS).filter((name) => !named.length || name === "ky alone" || named.includes(name));
const samples = new Map(chosen.map((name) => [name, []]));
const { execFileSync } = await import("node:child_process");
const flags = bytes ? ["--expose-gc", "--min-semi-space-size=512", "--max-semi-space-size=512"] : [];
for (let round = 0; round < rounds; round++) {
  for (const name of chosen) {
    const out = execFileSync(process.execPath, [...flags, ...process.argv.slice(1)], {
      env: { ...process.env, KY_OPTIONS_CHILD: name },
      encoding: "utf8",
    });
    samples.get(name).push(Number(out.trim()));
  }
}
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
// The list is compared with ky doing its item checks by hand, everything else with ky alone.
const baselineOf = (name) =>
  name === "openstack-ts networks.list" && samples.has("ky alone, with the list's item checks")
    ? "ky alone, with the list's item checks"
    : "ky alone";
const unit = bytes ? "bytes allocated/request" : "CPU µs/request";
const digits = bytes ? 0 : 1;
console.log(`| contestant | ${unit} | over its baseline |\n| --- | ---: | ---: |`);
for (const [name, values] of samples) {
  const over = median(values) - median(samples.get(baselineOf(name)));
  console.log(`| ${name} | ${median(values).toFixed(digits)} | ${(over >= 0 ? "+" : "") + over.toFixed(digits)} |`);
}

// The seed example as an ES module, run by Node, Bun and Deno in the consumer project: the
// SDK by `import`. One JSON line tells the test what it saw.
import * as openstack from "@openstack-ts/openstack";
import { seed } from "./seed-body.mjs";

const seen = await seed(openstack, process.env.SEED_NETWORK);
const runtime = globalThis.Deno ? "deno" : globalThis.Bun ? "bun" : "node";
console.log(JSON.stringify({ runtime, ...seen }));

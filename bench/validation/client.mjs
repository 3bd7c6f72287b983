// One contestant of scenario 5, in its own process: parses the same `servers/detail` body
// (1,000 servers) again and again, after a warm-up, and prints the median time per body.
// Usage: node validation/client.mjs <contestant> <body file>
import { readFileSync } from "node:fs";
import { parseItem } from "@openstack-ts/core";
import { servers } from "@openstack-ts/compute";

const [contestant, file] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const URL_ = "http://127.0.0.1:8774/v2.1/servers/detail";
const contestants = {
  "JSON.parse": () => JSON.parse(text).servers,
  // What `servers.list` does with each page: unwrap, then parseItem on every item.
  "JSON.parse + schema (parseItem)": () =>
    JSON.parse(text).servers.map((raw, index) => parseItem(servers.schema, raw, URL_, `servers.${index}`)),
};
const run = contestants[contestant];
const out = run();
if (out.length !== 1000 || typeof out[999].id !== "string") throw new Error("the body did not parse to 1,000 servers");
for (let i = 0; i < 30; i++) run();
const times = [];
for (let i = 0; i < 40; i++) {
  const start = performance.now();
  run();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ ms: (times[19] + times[20]) / 2 }));

// Summarises a `node --cpu-prof` profile: self time by function and by package, so a
// regression found by `pnpm bench` can be traced to where it lives.
// Usage: node bench/tools/cpu-top.mjs <file.cpuprofile> [rows]
import { readFileSync } from "node:fs";

const [file, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  self.set(id, (self.get(id) ?? 0) + delta);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);

const where = (url) => {
  if (!url) return "(native)";
  const pnpm = /node_modules\/\.pnpm\/([^/]+)\//.exec(url);
  if (pnpm) return pnpm[1];
  const pkg = /packages\/([^/]+)\//.exec(url);
  if (pkg) return `@openstack-ts/${pkg[1]}`;
  if (url.startsWith("node:")) return url.split("/")[0].replace(/:.*/, ":") + url.replace(/^node:/, "").split("/")[0];
  return url.split("/").slice(-2).join("/");
};

const functions = new Map();
const places = new Map();
for (const [id, time] of self) {
  const { callFrame } = byId.get(id);
  const key = `${callFrame.functionName || "(anonymous)"}  ${where(callFrame.url)}:${callFrame.lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + time);
  const place = where(callFrame.url);
  places.set(place, (places.get(place) ?? 0) + time);
}
const show = (title, map, n) => {
  console.log(`\n${title}`);
  for (const [key, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) {
    console.log(
      `${((100 * time) / total).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(1).padStart(8)} ms  ${key}`,
    );
  }
};
show("self time by place", places, 15);
show("self time by function", functions, rows);

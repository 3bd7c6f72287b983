// `pnpm bench`: every scenario of issue 6, each contestant alternating with the others in one
// run, and a Markdown report (tables, targets, machine) on stdout. Never part of `pnpm test`.
//
// Usage: node bench/run.mjs [--rounds N] [--out FILE] [seed requests stream cold-start validation bundle]
// Needs the built packages (`pnpm run build`, which `pnpm bench` runs first) and, for the
// seed scenario, the loopback cloud (e2e/README.md).
import { writeFileSync } from "node:fs";
import { machine } from "./lib/machine.mjs";
import { ensureLinks, missingBuild } from "./lib/paths.mjs";

const SCENARIOS = {
  seed: () => import("./seed/scenario.mjs").then((m) => m.seedScenario),
  requests: () => import("./requests/scenario.mjs").then((m) => m.requestsScenario),
  stream: () => import("./stream/scenario.mjs").then((m) => m.streamScenario),
  "cold-start": () => import("./cold-start/scenario.mjs").then((m) => m.coldStartScenario),
  validation: () => import("./validation/scenario.mjs").then((m) => m.validationScenario),
  bundle: () => import("./bundle/scenario.mjs").then((m) => m.bundleScenario),
};

const args = process.argv.slice(2);
let rounds = 5;
let out;
const chosen = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--rounds") rounds = Number(args[++i]);
  else if (args[i] === "--out") out = args[++i];
  else if (args[i] in SCENARIOS) chosen.push(args[i]);
  else {
    console.error(`unknown argument '${args[i]}'; scenarios: ${Object.keys(SCENARIOS).join(", ")}`);
    process.exit(2);
  }
}
if (!(rounds >= 5)) {
  console.error("--rounds must be at least 5: medians of fewer runs mean little on a shared machine");
  process.exit(2);
}
const missing = missingBuild();
if (missing.length) {
  console.error(`Build the packages first (pnpm run build); missing: ${missing.join(", ")}`);
  process.exit(2);
}
ensureLinks();

const log = (line) => console.error(line);
const host = machine();
const sections = [];
const targets = [];
for (const name of chosen.length ? chosen : Object.keys(SCENARIOS)) {
  log(`scenario ${name}`);
  const started = performance.now();
  const result = await (await SCENARIOS[name]())({ rounds, log });
  log(`  ${((performance.now() - started) / 1000).toFixed(0)} s`);
  sections.push(`### ${result.title}\n\n${result.text}\n\n${result.table}\n`);
  targets.push(...result.targets);
}

const report = [
  `## Run of ${host.date}`,
  "",
  `Machine: ${host.nproc} CPUs (${host.cpu}), ${host.memory} memory, load average at the start ${host.loadAverage}. ` +
    `Node ${host.node}, ${host.deno.replace(/ \(.*/, "")}, Bun ${host.bun}, ${host.python} with openstacksdk ${host.openstacksdk}. ` +
    `Rounds: ${rounds} per contestant.`,
  "",
  targets.length
    ? `### Targets\n\n${targets.map((t) => `- ${t.ok ? "met" : "MISSED"}: ${t.target} — ${t.value}`).join("\n")}\n`
    : "",
  ...sections,
].join("\n");
console.log(report);
if (out) writeFileSync(out, report);

// Temporary: Node-only cold start (empty vs import the façade), for patches/README.md.
import { runMeasured } from "./lib/child.mjs";
import { BENCH } from "./lib/paths.mjs";
import { alternate, fmt, medianOf } from "./lib/stats.mjs";
const rounds = Number(process.argv[2] ?? 15);
const names = { empty: "empty", import: "import" };
const samples = await alternate(Object.keys(names), rounds, (n) => runMeasured(process.execPath, [`${BENCH}cold-start/${names[n]}.mjs`], { cwd: BENCH }), { warmup: 2 });
const e = samples.get("empty"), i = samples.get("import");
console.log(JSON.stringify({ emptyWall: fmt(medianOf(e, "wallMs")), importWall: fmt(medianOf(i, "wallMs")), addedWall: fmt(medianOf(i, "wallMs") - medianOf(e, "wallMs")), emptyCpu: fmt(medianOf(e, "cpuMs")), importCpu: fmt(medianOf(i, "cpuMs")), addedCpu: fmt(medianOf(i, "cpuMs") - medianOf(e, "cpuMs")) }));

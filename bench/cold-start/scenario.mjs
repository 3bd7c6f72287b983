// Scenario 4: cold start. What importing @openstack-ts/openstack adds to a bare runtime start,
// in Node, Deno and Bun.
import { runMeasured } from "../lib/child.mjs";
import { buildOneFile } from "../lib/one-file.mjs";
import { BENCH, bin } from "../lib/paths.mjs";
import { alternate, fmt, medianOf, table } from "../lib/stats.mjs";

const SCRIPTS = {
  "empty script": "empty",
  "import the façade": "import",
  "import the one-file build (prototype)": "import-one-file",
};

const RUNTIMES = {
  Node: [process.execPath, []],
  Deno: [bin("deno"), ["run", "--allow-read", "--allow-env"]],
  Bun: [bin("bun"), []],
};

export async function coldStartScenario({ rounds, log }) {
  await buildOneFile();
  const rows = [];
  const targets = [];
  for (const [runtime, [command, flags]] of Object.entries(RUNTIMES)) {
    log?.(` ${runtime}`);
    const names = Object.keys(SCRIPTS).filter((name) => runtime === "Node" || !name.includes("prototype"));
    const samples = await alternate(
      names,
      rounds,
      (name) =>
        runMeasured(command, [...flags, `${BENCH}cold-start/${SCRIPTS[name]}.mjs`], {
          cwd: BENCH,
          env: { ...process.env, NO_COLOR: "1" },
        }),
      { log, warmup: 2 },
    );
    const empty = samples.get("empty script");
    const [emptyWall, emptyCpu] = [medianOf(empty, "wallMs"), medianOf(empty, "cpuMs")];
    for (const name of names) {
      const [wall, cpu] = [medianOf(samples.get(name), "wallMs"), medianOf(samples.get(name), "cpuMs")];
      const added = (value, floor) => (name === "empty script" ? "" : `+${fmt(value - floor)}`);
      rows.push([runtime, name, fmt(wall), added(wall, emptyWall), fmt(cpu), added(cpu, emptyCpu)]);
      if (runtime === "Node" && name === "import the façade") {
        targets.push({
          target: "importing the façade ≤ 60 ms over a bare Node start",
          value: `+${fmt(wall - emptyWall)} ms`,
          ok: wall - emptyWall <= 60,
        });
      }
    }
  }
  return {
    title: "4. Cold start",
    text: `A fresh process running an empty module vs one that imports \`Connection\` from \`@openstack-ts/openstack\` (the built package, by name; Deno with \`--allow-read --allow-env\` from bench/'s node_modules). ${rounds} runs each per runtime after two warm-up rounds, alternating. Medians; "added" is the difference of medians over the empty script. The prototype row (Node only) imports the same code bundled into one module (bench/lib/one-file.mjs), valibot and js-yaml included: what the published layout (one file per package, ky inside core's) costs beyond that is the runtime finding and loading a dozen packages.`,
    table: table(["runtime", "script", "wall ms", "added wall ms", "CPU ms", "added CPU ms"], rows),
    targets,
  };
}

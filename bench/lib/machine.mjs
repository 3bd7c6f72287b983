// The machine a run happened on, for the report.
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { bin, PYTHON } from "./paths.mjs";

const first = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: "utf8" }).trim().split("\n")[0];
  } catch {
    return "unavailable";
  }
};

export function machine() {
  return {
    date: new Date().toISOString(),
    nproc: first("nproc", []),
    cpu: cpus()[0]?.model ?? "unknown",
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    loadAverage: loadavg()
      .map((l) => l.toFixed(2))
      .join(" "),
    node: process.version,
    deno: first(bin("deno"), ["--version"]),
    bun: first(bin("bun"), ["--version"]),
    python: first(PYTHON, ["--version"]),
    openstacksdk: first(PYTHON, ["-c", "import openstack.version as v; print(v.__version__)"]),
  };
}

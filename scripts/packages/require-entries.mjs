// The proof that CommonJS code on Node 20.19+ / 22 can require() every published entry:
// a .cjs program in a child process require()s each package by name, as its own
// dependents would (a self-reference from the package's folder, so Node applies the
// package's exports map with the "node" and "require" conditions, and resolves its
// dependencies as installed).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportedSubpaths } from "./published.mjs";

const PROGRAM = `"use strict";
const { createRequire } = require("node:module");
const results = [];
for (const { from, specifier } of JSON.parse(process.argv[2])) {
  try {
    const loaded = createRequire(from)(specifier);
    results.push({ specifier, exports: Object.keys(loaded).length });
  } catch (error) {
    results.push({ specifier, error: String(error && error.code ? error.code + ": " + error.message : error).split("\\n")[0] });
  }
}
process.stdout.write(JSON.stringify(results));
`;

/** Every entry of every package, require()d from CommonJS; problems as sentences. */
export function requireProblems(packages) {
  const entries = packages.flatMap((pkg) =>
    exportedSubpaths(pkg.manifest).map((subpath) => ({
      from: join(pkg.dir, "package.json"),
      specifier: subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
    })),
  );
  const dir = mkdtempSync(join(tmpdir(), "require-entries-"));
  try {
    const program = join(dir, "require-every-entry.cjs");
    writeFileSync(program, PROGRAM);
    // The control: an ES module with a top-level await, which require() must refuse. If it
    // loads, this Node cannot tell a module that can be required from one that cannot.
    const control = join(dir, "control-with-top-level-await.mjs");
    writeFileSync(control, "await Promise.resolve();\nexport const loaded = true;\n");
    const all = [...entries, { from: program, specifier: control }];
    const out = execFileSync(process.execPath, ["--no-warnings", program, JSON.stringify(all)], {
      encoding: "utf8",
    });
    const results = JSON.parse(out);
    const controlResult = results.pop();
    const problems = results
      .filter((r) => r.error || r.exports === 0)
      .map((r) => `require("${r.specifier}") from CommonJS: ${r.error ?? "loaded, but exports nothing"}`);
    if (!controlResult.error?.includes("ERR_REQUIRE_ASYNC_MODULE"))
      problems.push(
        `require() of a module with a top-level await did not fail as expected: ${JSON.stringify(controlResult)}`,
      );
    return { problems, required: results.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

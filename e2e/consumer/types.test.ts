// The seed type-checked in the consumer project, against the installed .d.ts files, with each
// TypeScript users may have, under each moduleResolution, with strict and with
// exactOptionalPropertyTypes. The names of the tests are the matrix.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { project, workspaceBin } from "./run.js";

const run = promisify(execFile);
const modules = { node16: "node16", nodenext: "nodenext", bundler: "esnext" } as const;
const flags = { strict: false, exactOptionalPropertyTypes: true } as const;

/** TypeScript packages of the root devDependencies: 5.4, the newest 5.x, 6.x. */
const compilers = { "5.4": "typescript-5.4", "5.x": "typescript-5.9", "6.x": "@typescript/typescript6" };
/** The repository's own TypeScript (7, native): no JS API, so its `tsc` runs once per configuration. */
const NATIVE = "7.x";
/** Generous: a busy machine slows the JS compilers a lot (about 40 s of CPU each when idle). */
const CHECKS_TIMEOUT = 600_000;

/**
 * Cells check seed.ts and types-are-real.ts with skipLibCheck (as `tsc --init` sets it); one
 * more per compiler, `declarations`, checks every installed .d.ts too (skipLibCheck false):
 * under node16, the strictest resolution, with exactOptionalPropertyTypes.
 */
function configs(): Record<string, object> {
  const cells: Record<string, object> = {};
  for (const [resolution, module] of Object.entries(modules))
    for (const [flag, exact] of Object.entries(flags))
      cells[`${resolution}, ${flag}`] = { module, moduleResolution: resolution, exactOptionalPropertyTypes: exact };
  cells["declarations"] = { module: "node16", moduleResolution: "node16", exactOptionalPropertyTypes: true };
  return cells;
}
const fileOf = (cell: string) => `tsconfig.${cell.replace(/\W+/g, "-")}.json`;

function writeConfigs(dir: string): void {
  for (const [cell, options] of Object.entries(configs())) {
    const compilerOptions = {
      target: "es2022",
      strict: true,
      noEmit: true,
      types: ["node"],
      skipLibCheck: cell !== "declarations",
      // TypeScript's own lib files are not the packages' to answer for.
      skipDefaultLibCheck: true,
      ...options,
    };
    const tsconfig = { compilerOptions, files: ["seed.ts", "types-are-real.ts"] };
    writeFileSync(join(dir, fileOf(cell)), JSON.stringify(tsconfig, null, 2));
  }
}

type Outcome = { version: string; results: Record<string, string[]> };
const outcomes = new Map<string, Promise<Outcome>>();
const checker = fileURLToPath(new URL("check-types.cjs", import.meta.url));

async function checkWithApi(typescriptPackage: string): Promise<Outcome> {
  const typescript = fileURLToPath(new URL(`../../node_modules/${typescriptPackage}`, import.meta.url));
  const cells = Object.keys(configs()).map(fileOf);
  const { stdout } = await run(process.execPath, [checker, typescript, project(), ...cells], {
    cwd: project(),
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Outcome;
}

/**
 * TypeScript 7 checks every configuration in one `tsc -b`: one process parses the files they
 * share (half the CPU of a `tsc -p` each, 13 s against 23 s). `--builders 1 --verbose` prints
 * each project's errors after its "Building project" line, in turn; `--force` keeps a reused
 * project's .tsbuildinfo from passing a cell it did not check. A configuration never built,
 * or an error outside any, fails its cells.
 */
async function checkNative(): Promise<Outcome> {
  const files = Object.keys(configs()).map(fileOf);
  const args = ["-b", "--force", "--builders", "1", "--verbose", "--pretty", "false", ...files];
  const [built, version] = await Promise.all([
    run(workspaceBin("tsc"), args, { cwd: project(), maxBuffer: 16 * 1024 * 1024 }).catch(
      (failed: { stdout: string }) => failed,
    ),
    run(workspaceBin("tsc"), ["--version"]),
  ]);
  const results: Record<string, string[]> = Object.fromEntries(files.map((file) => [file, ["not built"]]));
  const outside: string[] = [];
  let current: string[] = outside;
  for (const line of built.stdout.split("\n")) {
    const building = /Building project '(.+)'/.exec(line)?.[1];
    if (building !== undefined) current = results[building] = [];
    else if (line.includes("error")) current.push(line);
  }
  for (const file of files) results[file]!.push(...outside);
  return { version: version.stdout.trim(), results };
}

beforeAll(() => {
  writeConfigs(project());
  // All compilers at once: each is one process, the machine's cores share them.
  const start = (name: string, check: Promise<Outcome>) => {
    check.catch(() => {}); // awaited, and so reported, by the tests
    outcomes.set(name, check);
  };
  for (const [name, typescriptPackage] of Object.entries(compilers)) start(name, checkWithApi(typescriptPackage));
  start(NATIVE, checkNative());
});

describe.each([...Object.keys(compilers), NATIVE])("TypeScript %s", (name) => {
  // The first cell of each compiler waits for all its checks (their CPU time: check-types.cjs).
  it.each(Object.keys(configs()))(
    "%s",
    async (cell) => {
      const outcome = await outcomes.get(name)!;
      expect(outcome.results[fileOf(cell)], `TypeScript ${outcome.version}, ${cell}`).toEqual([]);
    },
    CHECKS_TIMEOUT,
  );
});

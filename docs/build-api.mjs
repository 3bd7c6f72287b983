// `pnpm run docs`: the API reference, docs/api/index.html, by TypeDoc from the packages' sources.
// TypeDoc needs TypeScript's JavaScript API, which TypeScript 7 (the workspace's compiler)
// does not have, so this package brings TypeScript 6 for TypeDoc alone. Nothing here reads
// the network. Unchanged inputs (every file that can change the output, hashed) leave the
// last output in place; `--force` rebuilds anyway.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const started = performance.now();
const here = fileURLToPath(new URL(".", import.meta.url));
const root = new URL("../", import.meta.url);
process.chdir(here); // typedoc.json's paths are relative to this package

/** Every file under `dir` (relative to the repository) whose name passes `keep`, as a relative path. */
function filesUnder(dir, keep) {
  return readdirSync(new URL(dir, root), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => relative(fileURLToPath(root), join(e.parentPath, e.name)));
}

function inputsHash() {
  const packages = readdirSync(new URL("packages/", root)).map((p) => `packages/${p}/`);
  const files = [
    ...packages.flatMap((p) => filesUnder(`${p}src/`, (n) => n.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(n))),
    ...packages.flatMap((p) => ["README.md", "package.json"].map((f) => p + f)),
    ...filesUnder("docs/guides/", (n) => n.endsWith(".md")),
    ...["README.md", "typedoc.json", "tsconfig.typedoc.json", "typedoc-plugin.mjs", "build-api.mjs"].map(
      (f) => `docs/${f}`,
    ),
    "tsconfig.base.json",
  ].sort();
  const version = (name) =>
    JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, import.meta.url), "utf8")).version;
  const hash = createHash("sha256").update(`typedoc ${version("typedoc")}, typescript ${version("typescript")}\n`);
  for (const file of files) {
    const url = new URL(file, root);
    if (existsSync(url)) hash.update(`${file}\n`).update(readFileSync(url)).update("\n");
  }
  return hash.digest("hex");
}

const stamp = new URL("api/.inputs-sha256", import.meta.url);
const hash = inputsHash();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

if (!process.argv.includes("--force") && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) {
  console.log(`docs/api/index.html is up to date (inputs unchanged; --force rebuilds) [${seconds()} s]`);
} else {
  // Imported only when needed: loading TypeDoc and TypeScript costs a second.
  const { Application, TypeScript } = await import("typedoc");
  const app = await Application.bootstrapWithPlugins({ options: "typedoc.json" });
  const project = await app.convert();
  if (project) {
    app.validate(project);
    if (!app.logger.hasErrors()) await app.generateOutputs(project);
  }
  if (!project || app.logger.hasErrors()) {
    console.error(`TypeDoc failed: ${app.logger.errorCount} errors`);
    process.exit(1);
  }
  writeFileSync(stamp, hash);
  console.log(
    `docs/api/index.html written by TypeDoc ${Application.VERSION} on TypeScript ${TypeScript.version}: ${app.logger.warningCount} warnings [${seconds()} s]`,
  );
}

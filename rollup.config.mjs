// Builds every package's ESM entry points with esbuild (TypeScript 7 has no JS API for
// rollup's own plugin). Types come from `tsc -b`, which runs first.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import esbuild from "rollup-plugin-esbuild";

const ENTRIES = ["index", "node", "browser", "cli", "vitest"];

function packageBuilds(folder) {
  const root = join(folder);
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  // Dependencies stay imports; so do runtime built-ins.
  const external = (id) => id.startsWith("node:") || dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));
  const inputs = ENTRIES.filter((entry) => existsSync(join(root, "src", `${entry}.ts`)));
  // `x.browser.ts` replaces `x.ts` in browser builds (package.json's `browser` map): no entry
  // imports it, so it is an input of its own.
  const browserFiles = readdirSync(join(root, "src"), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".browser.ts"))
    .map((file) => [file.replace(/\.ts$/, ""), join(root, "src", file)]);
  return {
    input: { ...Object.fromEntries(inputs.map((entry) => [entry, join(root, "src", `${entry}.ts`)])), ...Object.fromEntries(browserFiles) },
    external,
    plugins: [esbuild({ target: "es2022", tsconfig: join(root, "tsconfig.json") })],
    // One output file per source file, as tsc lays out the .d.ts files: with
    // "sideEffects": false, any bundler can then drop whole unused modules.
    output: { dir: join(root, "dist"), format: "es", sourcemap: true, preserveModules: true, preserveModulesRoot: join(root, "src") },
    onwarn(warning, warn) {
      if (warning.code === "CIRCULAR_DEPENDENCY") throw new Error(warning.message);
      warn(warning);
    },
  };
}

const folders = readdirSync("packages", { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join("packages", entry.name, "package.json")))
  .map((entry) => join("packages", entry.name));

export default folders.flatMap(packageBuilds);

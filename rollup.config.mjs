// Builds every package's ESM entry points with esbuild (TypeScript 7 has no JS API for
// rollup's own plugin). Types come from `tsc -b`, which runs first.
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import nodeResolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import dts from "rollup-plugin-dts";
import esbuild from "rollup-plugin-esbuild";

const ENTRIES = ["index", "node", "browser", "cli", "vitest", "logins"];

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
    input: {
      ...Object.fromEntries(inputs.map((entry) => [entry, join(root, "src", `${entry}.ts`)])),
      ...Object.fromEntries(browserFiles),
    },
    external,
    plugins: [esbuild({ target: "es2022", tsconfig: join(root, "tsconfig.json") })],
    // One output file per source file, as tsc lays out the .d.ts files: with
    // "sideEffects": false, any bundler can then drop whole unused modules.
    output: {
      dir: join(root, "dist"),
      format: "es",
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: join(root, "src"),
    },
    onwarn(warning, warn) {
      if (warning.code === "CIRCULAR_DEPENDENCY") throw new Error(warning.message);
      warn(warning);
    },
  };
}

/**
 * Dependencies the runtime builds carry inside them rather than import: ky is 30 modules,
 * and a runtime loads each as a file of its own (bench/cold-start: ~20 ms of the façade's import).
 */
const INLINED = ["ky"];

/**
 * The entries Node, Deno and Bun load, each as one file (plus a chunk where two entries share
 * code): loading ~280 small modules cost more at start-up than everything the SDK then does
 * (bench/cold-start). Bundlers keep the per-module files above, for tree-shaking.
 */
function runtimeBuilds(root) {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter(
    (dep) => !INLINED.includes(dep),
  );
  const external = (id) => id.startsWith("node:") || dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));
  const inputs = ["index", "node", "logins"].filter((entry) => existsSync(join(root, "src", `${entry}.ts`)));
  return {
    input: Object.fromEntries(inputs.map((entry) => [entry, join(root, "src", `${entry}.ts`)])),
    external,
    plugins: [
      nodeResolve({ exportConditions: ["node"], preferBuiltins: true }),
      esbuild({ target: "es2022", tsconfig: join(root, "tsconfig.json") }),
    ],
    output: { dir: join(root, "dist", "one-file"), format: "es", sourcemap: true, chunkFileNames: "[name]-[hash].js" },
  };
}

const folders = readdirSync("packages", { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join("packages", entry.name, "src", "index.ts")))
  .map((entry) => join("packages", entry.name));

/**
 * The CDN build loads no other module, so a dynamic `import("js-yaml")` cannot stay a
 * separate chunk; rather than carry js-yaml (13 kB) in every page, YAML text is refused
 * with a message saying what to pass instead.
 */
const withoutYaml = {
  name: "without-js-yaml",
  resolveId: (id) => (id === "js-yaml" ? "\0no-js-yaml" : null),
  load: (id) =>
    id === "\0no-js-yaml"
      ? `const refuse = () => { throw new Error("This CDN build of openstack-ts reads clouds.yaml as a parsed object: parse the YAML text first (e.g. with js-yaml) and pass the object as cloudConfig"); };
         export const loadAll = refuse; export class YAMLException extends Error {};`
      : null,
};

const CDN = "packages/openstack/dist/openstack.min";

/** One minified ESM file with Connection, fromConfig and every service, for <script type="module">. */
const cdn = {
  input: "packages/openstack/dist/index.js",
  plugins: [
    withoutYaml,
    nodeResolve({ browser: true, exportConditions: ["browser"], preferBuiltins: false }),
    terser({ format: { comments: false } }),
  ],
  output: { file: `${CDN}.js`, format: "es", sourcemap: true, inlineDynamicImports: true },
};

/** Its types, bundled into one file with rollup-plugin-dts. */
const cdnTypes = {
  input: "packages/openstack/dist/index.d.ts",
  // Our packages are inlined from their built .d.ts; ky's and valibot's types stay imports.
  plugins: [
    dts({
      respectExternal: true,
      compilerOptions: { baseUrl: ".", paths: { "@openstack-ts/*": ["packages/*/dist/index.d.ts"] } },
    }),
  ],
  external: ["ky", "valibot"],
  output: { file: `${CDN}.d.ts`, format: "es" },
};

/** Service packages: every package the façade's Connection carries, by folder name. */
const SERVICE_FOLDERS = folders
  .map((folder) => folder.split("/").pop())
  .filter((name) => !["core", "config", "openstack", "mock"].includes(name));

/**
 * The façade without services, for `cdn/openstack.js`: connectionWith and what it builds on.
 * `Connection` and `fromConfig` carry every service, so they stay in openstack.min.js.
 */
const FACADE_WITHOUT_SERVICES = `export { connectionWith } from "./packages/openstack/dist/connection-with.js";
export { ConnectionBase } from "./packages/openstack/dist/connection-base.js";`;

/**
 * The CDN's ESM layout, `packages/openstack/dist/cdn/`: one module per package (the façade
 * without services, core, config, each service), sharing core, ky and valibot through
 * chunks they import by relative URL. A page that imports connectionWith, identity and
 * network downloads those three modules and the chunks they import, nothing of the other
 * services; a login other than password or token, and js-yaml, load when first used.
 */
const cdnModules = {
  input: {
    openstack: "\0cdn-openstack",
    core: "packages/core/dist/index.js",
    config: "packages/config/dist/index.js",
    ...Object.fromEntries(SERVICE_FOLDERS.map((name) => [name, `packages/${name}/dist/index.js`])),
  },
  plugins: [
    {
      name: "cdn-facade",
      // Chunk names carry a hash: without this, every build would leave the last one's behind.
      buildStart: () => rmSync("packages/openstack/dist/cdn", { recursive: true, force: true }),
      resolveId: (id) => (id === "\0cdn-openstack" ? id : null),
      load: (id) => (id === "\0cdn-openstack" ? FACADE_WITHOUT_SERVICES : null),
    },
    nodeResolve({ browser: true, exportConditions: ["browser"], preferBuiltins: false }),
    terser({ format: { comments: false } }),
  ],
  output: {
    dir: "packages/openstack/dist/cdn",
    format: "es",
    sourcemap: true,
    entryFileNames: "[name].js",
    chunkFileNames: "chunks/[name]-[hash].js",
  },
};

export default [...folders.map(packageBuilds), ...folders.map(runtimeBuilds), cdn, cdnTypes, cdnModules];

// Bundles code the way a browser app's bundler would, from the built packages: esbuild,
// browser platform (so the `browser` condition and package.json `browser` maps apply),
// minified ESM with code splitting. The budget test (test/browser-bundle.test.ts) and the
// bench's bundle scenario (bench/bundle) both measure what this returns, so their figures
// agree. Not published: a tool of this repository.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = fileURLToPath(new URL(".", import.meta.url));

export async function bundleAsAnApp(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: here, loader: "js" },
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    platform: "browser",
    outdir: "/virtual",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  // What a page loads before the app runs: the entry chunk and every chunk it imports
  // statically (esbuild splits out code the entry shares with a lazy chunk, e.g. a login
  // loaded by auth type). Chunks reached only by import() are lazy.
  const outputs = result.metafile.outputs;
  const [mainKey] = Object.entries(outputs).find(([, output]) => output.entryPoint === "<stdin>");
  const first = new Set();
  const visit = (key) => {
    if (first.has(key)) return;
    first.add(key);
    for (const imported of outputs[key].imports) if (imported.kind === "import-statement") visit(imported.path);
  };
  visit(mainKey);
  const fileOf = (key) => result.outputFiles.find((file) => file.path.endsWith(`/${key.split("/").pop()}`));
  return {
    inputs: [...first].flatMap((key) => Object.keys(outputs[key].inputs)),
    /** The first-load chunks' text, entry first, joined as one file would hold them. */
    main: [...first].map((key) => fileOf(key).text).join("\n"),
    /** Bytes of each first-load input in the minified output, for the "where the bytes go" table. */
    bytesByInput: Object.fromEntries(
      [...first].flatMap((key) =>
        Object.entries(outputs[key].inputs).map(([input, { bytesInOutput }]) => [input, bytesInOutput]),
      ),
    ),
    lazy: Object.keys(outputs)
      .filter((key) => !first.has(key) && key.endsWith(".js"))
      .map((key) => ({ name: key.split("/").pop(), text: fileOf(key).text })),
  };
}

/**
 * The same app bundled by Rollup (what Vite's production builds descend from, and what
 * builds the CDN files): node-resolve with the browser condition, terser, code splitting.
 * Rollup tree-shakes across a dynamic import, so a login loaded by auth type stays a lazy
 * chunk here while esbuild moves it into the first load (evanw/esbuild#3704).
 */
export async function bundleWithRollup(code) {
  const { rollup } = await import("rollup");
  const { default: nodeResolve } = await import("@rollup/plugin-node-resolve");
  const { default: terser } = await import("@rollup/plugin-terser");
  // The app sits in this package's folder, as esbuild's stdin does; the package's own name
  // (which Node resolves as a self-reference) is its built entry.
  const entry = `${here}app.js`;
  const self = `${here}dist/index.js`;
  const build = await rollup({
    input: entry,
    plugins: [
      {
        name: "app",
        resolveId: (id) => (id === entry ? id : id === "@openstack-ts/openstack" ? self : null),
        load: (id) => (id === entry ? code : null),
      },
      nodeResolve({ browser: true, exportConditions: ["browser"], preferBuiltins: false }),
      terser({ format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: "es", dir: "/virtual" });
  await build.close();
  const chunks = new Map(output.filter((chunk) => chunk.type === "chunk").map((chunk) => [chunk.fileName, chunk]));
  const entryChunk = [...chunks.values()].find((chunk) => chunk.isEntry);
  const first = new Set();
  const visit = (name) => {
    if (first.has(name)) return;
    first.add(name);
    for (const imported of chunks.get(name).imports) {
      if (!chunks.has(imported)) throw new Error(`${imported} did not resolve in a browser bundle`);
      visit(imported);
    }
  };
  visit(entryChunk.fileName);
  return {
    inputs: [...first].flatMap((name) => Object.keys(chunks.get(name).modules)),
    main: [...first].map((name) => chunks.get(name).code).join("\n"),
    lazy: [...chunks.keys()].filter((name) => !first.has(name)).map((name) => ({ name, text: chunks.get(name).code })),
  };
}

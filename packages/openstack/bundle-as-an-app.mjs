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
  const [mainKey, main] = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint !== undefined);
  const mainFile = result.outputFiles.find((file) => file.path.endsWith(`/${mainKey.split("/").pop()}`));
  return {
    inputs: Object.keys(main.inputs),
    main: mainFile.text,
    lazy: result.outputFiles
      .filter((file) => file !== mainFile)
      .map((file) => ({ name: file.path.split("/").pop(), text: file.text })),
  };
}

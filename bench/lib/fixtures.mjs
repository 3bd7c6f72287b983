// The packages' own sample bodies (API-reference shaped, in their test/**/fixtures.ts), loaded
// without their test-only imports: esbuild compiles the one file, and a relative
// `../fixtures.js` (the package's mock cloud, msw and all) becomes a stub of constants.
import { build } from "esbuild";
import { ROOT } from "./paths.mjs";

export async function loadFixtures(file, stub = {}) {
  const result = await build({
    entryPoints: [`${ROOT}${file}`],
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
    plugins: [
      {
        name: "stub-mock-cloud",
        setup(b) {
          b.onResolve({ filter: /^\.\.\/fixtures\.js$/ }, () => ({ path: "stub", namespace: "stub" }));
          b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
            contents: Object.entries(stub)
              .map(([k, v]) => `export const ${k} = ${JSON.stringify(v)};`)
              .join("\n"),
            loader: "js",
          }));
        },
      },
    ],
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

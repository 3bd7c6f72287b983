// A prototype, not what ships: the same built packages bundled into ONE ES module with
// esbuild (Node conditions; only node: built-ins and undici, which tls.js loads lazily, left
// out). The cold-start and seed scenarios run it beside the real package to show what the
// published layout (one file per package) still costs at start-up over a single module.
import { mkdirSync } from "node:fs";
import { build } from "esbuild";
import { BENCH } from "./paths.mjs";

export const ONE_FILE = `${BENCH}.cache/openstack.one-file.mjs`;

export async function buildOneFile() {
  mkdirSync(`${BENCH}.cache`, { recursive: true });
  await build({
    stdin: { contents: `export * from "@openstack-ts/openstack";`, resolveDir: BENCH, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outfile: ONE_FILE,
    external: ["undici"],
    logLevel: "error",
  });
  return ONE_FILE;
}

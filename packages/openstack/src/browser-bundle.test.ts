import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// Bundles the built packages as a browser app's bundler would (`pnpm test` builds first):
// the `browser` condition and package.json `browser` maps apply, so the Node-only modules
// (TLS with undici, clouds.yaml from disk) must be swapped out.
const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));

async function bundle(code: string) {
  const result = await build({
    stdin: { contents: code, resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "js" },
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
  const [mainKey, main] = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint !== undefined)!;
  const mainFile = result.outputFiles.find((file) => file.path.endsWith(`/${mainKey.split("/").pop()}`))!;
  return { inputs: Object.keys(main.inputs), text: mainFile.text, all: result.outputFiles.map((f) => f.text).join("\n") };
}

describe("a browser bundle of @openstack-ts/openstack", () => {
  it("needs the packages built", () => {
    expect(existsSync(dist), "run `pnpm build` first").toBe(true);
  });

  it("holds no Node-only code: no node: import, no undici, no clouds.yaml file reading", async () => {
    const { inputs, all } = await bundle(`import { Connection, fromConfig } from "@openstack-ts/openstack"; export { Connection, fromConfig };`);
    expect(inputs.filter((input) => /tls\.js|cloud-by-name\.js|\/files\//.test(input))).toEqual([]);
    expect(inputs.some((input) => input.includes("tls.browser.js"))).toBe(true);
    expect(all).not.toMatch(/["']node:|undici/);
  });

  it("keeps js-yaml out of the main chunk, and the config resolver out of a Connection-only bundle", async () => {
    const withConfig = await bundle(`import { fromConfig } from "@openstack-ts/openstack"; export { fromConfig };`);
    expect(withConfig.inputs.some((input) => input.includes("js-yaml"))).toBe(false);
    const connectionOnly = await bundle(`import { Connection } from "@openstack-ts/openstack"; export { Connection };`);
    expect(connectionOnly.inputs.filter((input) => input.includes("packages/config/"))).toEqual([]);
    // The figure the budget of issue 5 tracks; printed, not asserted, until that issue sets it.
    console.info(`Connection + identity + network: ${gzipSync(connectionOnly.text, { level: 9 }).length} bytes min+gzip`);
  });
});

import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe("the browser entry", () => {
  it("has no node: import and loads js-yaml only on demand, in a chunk of its own", async () => {
    // Bundled as a user's bundler would for a browser, with code splitting on.
    const result = await build({
      entryPoints: [source("../src/index.ts")],
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "browser",
      outdir: "/virtual",
      write: false,
      metafile: true,
      alias: { "@openstack-ts/core": source("../../core/src/index.ts") },
      external: ["ky", "valibot"],
      logLevel: "silent",
    });
    const outputs = Object.values(result.metafile.outputs);
    const main = outputs.find((output) => output.entryPoint?.endsWith("index.ts"))!;
    const inputs = (output: (typeof outputs)[number]) => Object.keys(output.inputs);
    expect(inputs(main).some((input) => input.includes("js-yaml"))).toBe(false);
    expect(inputs(main).some((input) => input.includes("/files/"))).toBe(false);
    expect(main.imports.filter((i) => i.path.startsWith("node:"))).toEqual([]);
    expect(main.imports).toContainEqual(expect.objectContaining({ kind: "dynamic-import" }));
    const yamlChunk = outputs.find((output) => inputs(output).some((input) => input.includes("js-yaml")));
    expect(yamlChunk).toBeDefined();
    expect(yamlChunk).not.toBe(main);
    for (const file of result.outputFiles) expect(file.text).not.toMatch(/["']node:/);
  });
});

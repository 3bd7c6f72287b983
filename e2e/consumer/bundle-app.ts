// The browser app of programs/browser built as its author would, from the consumer project's
// node_modules: with Vite (what dashboards use) and with esbuild. Each returns the files to
// serve, URL path → file.
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { build as esbuild } from "esbuild";
import { build as vite } from "vite";
import { filesUnder } from "./static-server.js";

/** The built app's files, its index.html at / too. */
const site = (dir: string): Record<string, string> => ({ ...filesUnder(dir), "/": join(dir, "index.html") });

export async function buildWithVite(project: string, outDir: string): Promise<Record<string, string>> {
  await vite({
    root: join(project, "browser"),
    configFile: false,
    logLevel: "error",
    // Relative asset URLs; a cache of its own inside the project, not the workspace's.
    base: "./",
    cacheDir: join(project, "node_modules/.vite"),
    build: { outDir, emptyOutDir: true },
  });
  return site(outDir);
}

export async function buildWithEsbuild(project: string, outDir: string): Promise<Record<string, string>> {
  await esbuild({
    entryPoints: [join(project, "browser/main.js")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    outdir: outDir,
    logLevel: "error",
  });
  copyFileSync(join(project, "browser/index.html"), join(outDir, "index.html"));
  return site(outDir);
}

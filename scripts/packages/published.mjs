// The packages this repository publishes: every packages/* folder whose package.json is not
// private. (apps/*, e2e and docs are private workspace members: demos, tests and the docs
// site, never installed by users.)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));

/** @returns {{ dir: string, folder: string, name: string, manifest: Record<string, any> }[]} */
export function publishedPackages() {
  return readdirSync(join(root, "packages"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(root, "packages", entry.name);
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      return { dir, folder: entry.name, name: manifest.name, manifest };
    })
    .filter((pkg) => !pkg.manifest.private)
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/**
 * The subpaths a package exports, `./package.json` aside: "." and e.g. "./server". Patterns
 * ("./cdn/*") name no one module, so they are not listed: their files are still packed,
 * and checked as files (publint, top-level await).
 */
export function exportedSubpaths(manifest) {
  return Object.keys(manifest.exports ?? { ".": null }).filter(
    (subpath) => subpath !== "./package.json" && !subpath.includes("*"),
  );
}

// A user's project, outside the workspace: a package.json that names the tarballs, installed by
// npm with no registry to reach, and the programs the tests run in it.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packThirdParties, packWorkspace, publishedPackages, ROOT, type Tarballs } from "./pack.js";

/** Packages the project installs for itself: the Node types its TypeScript checks use. */
const OWN_DEV_DEPENDENCIES = ["@types/node"];

/**
 * Every tarball as a dependency, and as an override too, so that a package's own dependency
 * (`"ky": "2.1.0"`) is also satisfied by the tarball: npm resolves nothing against a registry.
 */
function writeManifest(project: string, tarballs: Tarballs): void {
  const deps = Object.fromEntries(Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]));
  const manifest = { name: "consumer", private: true, type: "module", dependencies: deps, overrides: deps };
  writeFileSync(join(project, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * `npm install` with --offline, its own empty cache, and a registry on a closed loopback port,
 * so any attempt to download fails at once instead of reaching out. `--legacy-peer-deps`: the
 * mock's peers (msw, vitest) belong to a test suite, which this project does not have.
 */
function npmInstall(project: string, base: string): void {
  execFileSync(
    "npm",
    [
      "install",
      "--offline",
      "--registry=http://127.0.0.1:9/",
      `--cache=${join(base, "npm-cache")}`,
      "--legacy-peer-deps",
      "--ignore-scripts",
      "--no-audit",
      "--no-fund",
      "--no-update-notifier",
      "--loglevel=error",
    ],
    { cwd: project, stdio: ["ignore", "ignore", "inherit"] },
  );
}

/**
 * Packs and installs once, in `base` (a temporary directory): base/project is the user's
 * project, with the seed programs copied in. Returns the project's path.
 */
export function makeConsumerProject(base: string): string {
  const tarballs = join(base, "tarballs");
  const project = join(base, "project");
  mkdirSync(tarballs, { recursive: true });
  mkdirSync(project, { recursive: true });
  const ours = packWorkspace(tarballs);
  const theirs = packThirdParties(publishedPackages(), OWN_DEV_DEPENDENCIES, join(base, "copies"), tarballs);
  writeManifest(project, { ...ours, ...theirs });
  npmInstall(project, base);
  cpSync(join(ROOT, "e2e/consumer/programs"), project, { recursive: true });
  // The seed as the README and apps/examples write it, for the type checks, with the
  // clouds.yaml its fromConfig({ cloudName: "devstack" }) reads from the working directory.
  cpSync(join(ROOT, "apps/examples/src/seed.ts"), join(project, "seed.ts"));
  cpSync(join(ROOT, "apps/examples/clouds.yaml"), join(project, "clouds.yaml"));
  return project;
}

// Where things are, and the one piece of set-up the benchmarks need: `@openstack-ts/*`
// resolvable by name from bench/, as a user's project resolves it (pnpm would make the same
// links if bench/ were a workspace package).
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BENCH = fileURLToPath(new URL("../", import.meta.url));
export const bin = (name) => `${ROOT}node_modules/.bin/${name}`;
export const PYTHON = "/usr/bin/python3";
export const RUSAGE = `${BENCH}lib/rusage.py`;

/** The packages the benchmarks import by name. */
const LINKED = ["openstack", "core", "network", "compute", "identity"];

export function ensureLinks() {
  const scope = `${BENCH}node_modules/@openstack-ts`;
  mkdirSync(scope, { recursive: true });
  for (const name of LINKED) {
    const link = `${scope}/${name}`;
    if (!existsSync(link)) symlinkSync(`../../../packages/${name}`, link);
  }
}

/** The built entry points the benchmarks need; they measure what users install. */
export function missingBuild() {
  const wanted = [
    ...LINKED.map((name) => `packages/${name}/dist/index.js`),
    "packages/openstack/dist/openstack.min.js",
  ];
  return wanted.filter((file) => !existsSync(`${ROOT}${file}`));
}

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// `tsc -b` builds a package's references before the package itself; a workspace dependency
// missing from `references` builds in whatever order the root list gives, which passed on one
// machine and failed CI on another. So every package of ours that a package's source depends
// on must be one of its tsconfig references.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

describe("tsconfig references follow package.json", () => {
  for (const name of readdirSync(join(root, "packages"))) {
    it(`${name} references every package of ours it depends on`, () => {
      const manifest = readJson(join(root, "packages", name, "package.json"));
      const ours = Object.keys({
        ...(manifest.dependencies as object | undefined),
        ...(manifest.peerDependencies as object | undefined),
      })
        .filter((dependency) => dependency.startsWith("@openstack-ts/"))
        .map((dependency) => dependency.slice("@openstack-ts/".length));
      const tsconfig = readJson(join(root, "packages", name, "tsconfig.json"));
      const references = ((tsconfig.references ?? []) as { path: string }[]).map(({ path }) =>
        path.replace(/^\.\.\//, ""),
      );
      expect(ours.filter((dependency) => !references.includes(dependency))).toEqual([]);
    });
  }
});

// Turns the workspace into the tarballs a user's `npm install` would download: every published
// package as `pnpm pack` makes it, and every third-party package they depend on, packed from
// the copy pnpm installed here. Nothing is fetched, so the consumer tests run offline.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "js-yaml";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
}

const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));

/** The directories of packages/* that npm users get (not `private`). */
export function publishedPackages(): string[] {
  const packages = join(ROOT, "packages");
  return readdirSync(packages)
    .map((name) => join(packages, name))
    .filter((dir) => existsSync(join(dir, "package.json")) && !manifest(dir).private);
}

/** A package's name → its tarball. */
export type Tarballs = Record<string, string>;

/** `pnpm pack` of every published package into `into` (workspace:* becomes the version). */
export function packWorkspace(into: string): Tarballs {
  const packages = publishedPackages().map(manifest);
  const filters = packages.flatMap(({ name }) => ["--filter", name]);
  execFileSync("pnpm", ["-r", ...filters, "pack", "--pack-destination", into], { cwd: ROOT, stdio: "ignore" });
  // pnpm names the file <scope>-<name>-<version>.tgz.
  const file = ({ name, version }: Manifest) => join(into, `${name.replace("@", "").replace("/", "-")}-${version}.tgz`);
  return Object.fromEntries(packages.map((p) => [p.name, file(p)]));
}

/**
 * Where Node would find `name` from `dir`: in pnpm's layout a package's own dependencies sit
 * beside it in .pnpm/<id>/node_modules, and the workspace's links are above.
 */
function resolveFrom(dir: string, name: string): string {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(at) === at) throw new Error(`${name}, a dependency of ${dir}, is not installed in the workspace`);
  }
}

/** pnpm's `patchedDependencies`: `name@version` → the patch file it applied on install. */
function workspacePatches(): Record<string, string> {
  const workspace = load(readFileSync(join(ROOT, "pnpm-workspace.yaml"), "utf8")) as {
    patchedDependencies?: Record<string, string>;
  };
  return workspace.patchedDependencies ?? {};
}

/**
 * The tarball of a copy of the installed package, as the registry's: pnpm installed exactly the
 * published files, under package/. The copy matters twice: pnpm hard-links equal files
 * (valibot's index.d.mts and index.d.cts), which a tar of the originals stores as link entries
 * that `npm install` skips; and a package pnpm patched gets the patch taken back out, so the
 * tarball holds what the registry serves, as users get it.
 */
function packThirdParty(dir: string, scratch: string, into: string): string {
  const { name, version } = manifest(dir);
  const copy = join(scratch, `${name.replace("/", "+")}@${version}`);
  cpSync(dir, copy, { recursive: true, dereference: true });
  const patch = workspacePatches()[`${name}@${version}`];
  if (patch) execFileSync("patch", ["-R", "-p1", "--quiet", "-i", join(ROOT, patch)], { cwd: copy });
  const tarball = join(into, `${name.replace("@", "").replace("/", "-")}-${version}.tgz`);
  execFileSync("tar", ["-czf", tarball, "-C", copy, "--transform", "s,^\\.,package,", "."]);
  return tarball;
}

/**
 * Packs, into `into`, every non-workspace package reachable from `roots` through
 * `dependencies` (and `extra`, packages the consumer project itself installs).
 */
export function packThirdParties(roots: string[], extra: string[], scratch: string, into: string): Tarballs {
  mkdirSync(scratch, { recursive: true });
  const packed = new Set<string>();
  const tarballs: Tarballs = {};
  const visit = (from: string, name: string) => {
    const dir = resolveFrom(from, name);
    if (packed.has(dir)) return;
    packed.add(dir);
    const deps = manifest(dir).dependencies ?? {};
    if (!name.startsWith("@openstack-ts/")) {
      // One version per name: the install's overrides (project.ts) pin each name to one tarball.
      if (tarballs[name]) throw new Error(`two versions of ${name} are needed (${dir}); give the overrides a scope`);
      tarballs[name] = packThirdParty(dir, scratch, into);
    }
    for (const dep of Object.keys(deps)) visit(dir, dep);
  };
  for (const dir of roots) for (const dep of Object.keys(manifest(dir).dependencies ?? {})) visit(dir, dep);
  for (const name of extra) visit(ROOT, name);
  return tarballs;
}

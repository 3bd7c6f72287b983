import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The dependency rules of ARCHITECTURE.md (its layer table), checked on the sources: services → core; openstack →
// core, config, services; mock → core; core imports no other package of ours. And on the
// tests, which live in test/ beside src/: a package's tests import its own src, their own
// support, the repository's shared test support (test/support/: the runner of every
// package's API-reference samples) and what its package.json declares (devDependencies
// included), so the graph pnpm installs is the one the tests use; the shared support imports
// no package of ours, only what the root package.json declares; core's tests import no other
// package of ours (the fake cloud builds on core: core's tests have msw handlers of their own).
const root = fileURLToPath(new URL("../../../", import.meta.url));
/**
 * The layer table of ARCHITECTURE.md, read from the file itself so the map and the code
 * cannot drift apart: package → what its source may import (`*` stands for any rest).
 */
function layerTable(): Record<string, RegExp> {
  const text = readFileSync(join(root, "ARCHITECTURE.md"), "utf8");
  const rows = [...text.matchAll(/^\| ([a-z-]+) \| ((?:`[^`]+`(?:, )?)+) \|$/gm)];
  return Object.fromEntries(
    rows.map(([, name, list]) => {
      const names = [...list!.matchAll(/`([^`]+)`/g)].map(([, one]) =>
        one!.replace(/[.+?^${}()|[\]\\/]/g, "\\$&").replace(/\*/g, ".*"),
      );
      return [name!, new RegExp(`^(${names.join("|")})$`)];
    }),
  );
}
const allowed = layerTable();

/** Every file under `dir` (none if it does not exist). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const sources = (dir: string) => filesUnder(dir).filter((file) => /\.ts$/.test(file));
const scripts = (dir: string) => filesUnder(dir).filter((file) => /\.(ts|mts|mjs)$/.test(file));

/** What a file imports, relative specifiers included. */
const specifiersOf = (text: string) =>
  [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^;]*?from\s+"([^"]+)"|(?:^|\n)\s*import\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)|load\("([^"]+)"\)|vi\.mock\(\s*"([^"]+)"/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!);
const importsOf = (text: string) => specifiersOf(text).filter((specifier) => !specifier.startsWith("."));
const relativeImportsOf = (text: string) => specifiersOf(text).filter((specifier) => specifier.startsWith("."));

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

const at = (file: string) => relative(root, file);
/** The repository's test support every package's tests may import. */
const sharedSupport = join(root, "test", "support");
/** Whether `file` is `folder` or inside it. */
const inside = (file: string, folder: string) => !relative(folder, file).startsWith("..");

/** Test-only files by name: unit and type tests, fixtures, test support folders, the Python of parity corpora. */
const TEST_ONLY =
  /\.test(-d)?\.[cm]?[jt]s$|(^|\/)fixtures\.[cm]?[jt]s$|\.py$|(^|\/)(testing|parity|support|__tests__)\//;

describe("package layering", () => {
  const packages = readdirSync(join(root, "packages"));

  it("knows every package", () => {
    expect(packages.sort()).toEqual(Object.keys(allowed).sort());
  });

  for (const name of Object.keys(allowed)) {
    it(`${name} imports only what its layer may`, () => {
      const wrong = sources(join(root, "packages", name, "src")).flatMap((file) =>
        importsOf(readFileSync(file, "utf8"))
          .filter((specifier) => !allowed[name]!.test(specifier))
          .map((specifier) => `${file.slice(root.length)} imports ${specifier}`),
      );
      expect(wrong).toEqual([]);
    });
  }

  const tested = [
    ...packages.map((name) => join(root, "packages", name)),
    ...readdirSync(join(root, "apps")).map((name) => join(root, "apps", name)),
  ].filter((folder) => existsSync(join(folder, "test")));
  for (const folder of tested) {
    type Manifest = { name: string; dependencies?: object; devDependencies?: object; peerDependencies?: object };
    const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as Manifest;
    const declared = new Set([
      manifest.name,
      ...Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies }),
    ]);
    it(`${at(folder)}'s tests import its own files and what its package.json declares`, () => {
      const wrong = scripts(join(folder, "test")).flatMap((file) => {
        const text = readFileSync(file, "utf8");
        const undeclared = importsOf(text).filter(
          (specifier) => !specifier.startsWith("node:") && !declared.has(packageOf(specifier)),
        );
        const outside = relativeImportsOf(text).filter((specifier) => {
          const target = resolve(dirname(file), specifier);
          return !inside(target, folder) && !inside(target, sharedSupport);
        });
        return [...undeclared, ...outside].map((specifier) => `${at(file)} imports ${specifier}`);
      });
      expect(wrong).toEqual([]);
    });
  }

  it("the shared test support imports no package of ours, only what the root package.json declares", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { devDependencies: object };
    const declared = new Set(Object.keys(manifest.devDependencies));
    const wrong = scripts(sharedSupport).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const undeclared = importsOf(text).filter(
        (specifier) => !specifier.startsWith("node:") && !declared.has(packageOf(specifier)),
      );
      const outside = relativeImportsOf(text).filter(
        (specifier) => !inside(resolve(dirname(file), specifier), sharedSupport),
      );
      return [...undeclared, ...outside].map((specifier) => `${at(file)} imports ${specifier}`);
    });
    expect(scripts(sharedSupport)).not.toEqual([]);
    expect(wrong).toEqual([]);
  });

  it("core's tests import no other package of ours, and core declares none", () => {
    const core = join(root, "packages", "core");
    const wrong = scripts(join(core, "test")).flatMap((file) =>
      importsOf(readFileSync(file, "utf8"))
        .filter((specifier) => specifier.startsWith("@openstack-ts/"))
        .map((specifier) => `${at(file)} imports ${specifier}`),
    );
    const manifest = JSON.parse(readFileSync(join(core, "package.json"), "utf8")) as {
      dependencies?: object;
      devDependencies?: object;
    };
    const ours = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) =>
      name.startsWith("@openstack-ts/"),
    );
    expect(wrong).toEqual([]);
    expect(ours).toEqual([]);
  });

  it("no package's src imports test code", () => {
    const wrong = packages.flatMap((name) => {
      const src = join(root, "packages", name, "src");
      return sources(src).flatMap((file) =>
        relativeImportsOf(readFileSync(file, "utf8"))
          .filter((specifier) => !inside(resolve(dirname(file), specifier), src))
          .map((specifier) => `${at(file)} imports ${specifier}`),
      );
    });
    expect(wrong).toEqual([]);
  });

  it("leaves no test-only file under any src/", () => {
    const folders = [
      ...packages.map((name) => join(root, "packages", name, "src")),
      ...readdirSync(join(root, "apps")).map((name) => join(root, "apps", name, "src")),
    ];
    const wrong = folders
      .flatMap((src) => filesUnder(src).filter((file) => TEST_ONLY.test(relative(src, file))))
      .map(at);
    expect(wrong).toEqual([]);
  });

  it("keeps hand-written source files near or under 300 lines", () => {
    const long = packages
      .flatMap((name) => sources(join(root, "packages", name, "src")))
      .filter((file) => readFileSync(file, "utf8").split("\n").length > 320)
      .map((file) => file.slice(root.length));
    expect(long).toEqual([]);
  });
});

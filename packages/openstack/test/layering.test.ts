import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The dependency rules of DESIGN.md, checked on the sources: services → core; openstack →
// core, config, services; mock → core; core imports no other package of ours.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const allowed: Record<string, RegExp> = {
  core: /^(ky|valibot)$/,
  identity: /^(@openstack-ts\/core|valibot)$/,
  network: /^(@openstack-ts\/core|valibot)$/,
  compute: /^(@openstack-ts\/core|valibot)$/,
  image: /^(@openstack-ts\/core|valibot)$/,
  "block-storage": /^(@openstack-ts\/core|valibot)$/,
  "object-store": /^(@openstack-ts\/core|valibot)$/,
  placement: /^(@openstack-ts\/core|valibot)$/,
  config: /^(@openstack-ts\/core|js-yaml|node:.*)$/,
  mock: /^(@openstack-ts\/core|msw(\/node|\/browser)?|vitest|node:.*)$/,
  openstack: /^(@openstack-ts\/(core|config|identity|network|compute|image|block-storage|object-store|placement)|undici|node:fs\/promises)$/,
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // Test support (parity corpora, fuzz helpers) is not shipped.
    if (entry.isDirectory()) return entry.name === "parity" || entry.name === "testing" ? [] : sources(path);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$|fixtures\.ts$/.test(entry.name) ? [path] : [];
  });
}

const importsOf = (text: string) =>
  [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)|load\("([^"]+)"\)/g)]
    .map((m) => m[1] ?? m[2] ?? m[3]!)
    .filter((specifier) => !specifier.startsWith("."));

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

  it("keeps hand-written source files near or under 300 lines", () => {
    const long = packages
      .flatMap((name) => sources(join(root, "packages", name, "src")))
      .filter((file) => readFileSync(file, "utf8").split("\n").length > 320)
      .map((file) => file.slice(root.length));
    expect(long).toEqual([]);
  });
});

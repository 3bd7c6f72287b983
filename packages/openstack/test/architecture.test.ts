import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// ARCHITECTURE.md and CONTRIBUTING.md are the map a newcomer reads first: what they name
// must be there. The layer table is held by layering.test.ts, which reads it.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const read = (file: string) => readFileSync(join(root, file), "utf8");

/** Repository paths a document names in backticks: `packages/…`, `e2e/…`, `apps/…`. */
const pathsIn = (text: string) => [
  ...new Set([...text.matchAll(/`((?:packages|e2e|apps|bench|docs|patches)\/[^`\s]+)`/g)].map(([, path]) => path!)),
];

// CONTRIBUTING.md walks through adding Neutron's address groups and a Heat package: those
// paths are the example's, not the tree's; placeholders in angle brackets are not paths.
const example = /address-group|orchestration|<[^>]+>/;

describe("the documents' map matches the tree", () => {
  for (const document of ["ARCHITECTURE.md", "CONTRIBUTING.md"]) {
    it(`every path ${document} names exists`, () => {
      const paths = pathsIn(read(document)).filter((path) => !example.test(path));
      expect(paths.length).toBeGreaterThan(5);
      expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
    });
  }

  it("tells the request's steps in the order request-way.ts runs them", () => {
    const stepsOf = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map(([, name]) => name!);
    const inCode = stepsOf(read("packages/core/src/session/request-way.ts").split("*/")[0]!, /\.\/([a-z-]+)\.ts/g);
    const way = read("ARCHITECTURE.md");
    const section = way.slice(way.indexOf("5. **The session.**"), way.indexOf("6. **Validation.**"));
    const inMap = stepsOf(section, /packages\/core\/src\/session\/([a-z-]+)\.ts/g).filter(
      (name) => name !== "request-way",
    );
    expect(inMap).toEqual(inCode.filter((name, index) => inCode.indexOf(name) === index));
  });

  it("says how every service package is laid out: descriptor, resources, definition, entry", () => {
    // Every service package the façade carries, as its services module imports them.
    const services = [...read("packages/openstack/src/services.ts").matchAll(/from "@openstack-ts\/([a-z-]+)"/g)].map(
      ([, name]) => name!,
    );
    expect(services.length).toBeGreaterThanOrEqual(9);
    const missing = services.flatMap((name) =>
      ["descriptor.ts", "resources.ts", "service-definition.ts", "index.ts"]
        .map((file) => `packages/${name}/src/${file}`)
        .filter((path) => !existsSync(join(root, path))),
    );
    expect(missing).toEqual([]);
    // Each definition takes its resources from the resources module, so exporting is wiring.
    const unwired = services.filter(
      (name) => !/resourcesIn\(resources\)/.test(read(`packages/${name}/src/service-definition.ts`)),
    );
    expect(unwired).toEqual([]);
  });
});

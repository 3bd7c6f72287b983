// Every guide in docs/guides shows one example, copied verbatim from docs/examples/<guide>.ts,
// which `pnpm run typecheck` checks against the packages' real types (and `pnpm --dir docs
// run examples` runs against a real cloud). This fails when a guide's copy differs from its
// file; `UPDATE_GUIDES=1 pnpm --dir docs test` rewrites the copies from the files.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const guidesDir = new URL("../guides/", import.meta.url);
const examplesDir = new URL("./", import.meta.url);
const GUIDES = [
  "baremetal",
  "baremetal-introspection",
  "block-storage",
  "clustering",
  "compute",
  "config",
  "container-infra",
  "database",
  "dns",
  "getting-started",
  "identity",
  "image",
  "instance-ha",
  "key-manager",
  "load-balancer",
  "message",
  "network",
  "object-store",
  "orchestration",
  "placement",
  "shared-file-system",
  "workflow",
];

/** A marker naming the file, then the ```ts block that must be that file, byte for byte. */
const BLOCK = /<!-- example: docs\/examples\/([a-z-]+)\.ts -->\n```ts\n([\s\S]*?)```\n/g;

const names = (dir: URL, ext: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext) && !f.endsWith(`.test${ext}`))
    .map((f) => f.slice(0, -ext.length))
    .sort();

describe("docs/guides", () => {
  it("has one guide per example, and no other", () => {
    expect(names(guidesDir, ".md")).toEqual(GUIDES);
    expect(names(examplesDir, ".ts")).toEqual(GUIDES);
  });

  it.each(GUIDES)("%s: the guide shows its docs/examples file as it is", (name) => {
    const guidePath = new URL(`${name}.md`, guidesDir);
    const guide = readFileSync(guidePath, "utf8");
    const example = readFileSync(new URL(`${name}.ts`, examplesDir), "utf8");
    const blocks = [...guide.matchAll(BLOCK)];
    expect(
      blocks.map((b) => b[1]),
      "one example block, naming the guide's own file",
    ).toEqual([name]);
    if (process.env.UPDATE_GUIDES) {
      writeFileSync(
        guidePath,
        guide.replace(
          BLOCK,
          (_all, file: string) => `<!-- example: docs/examples/${file}.ts -->\n\`\`\`ts\n${example}\`\`\`\n`,
        ),
      );
      return;
    }
    expect(
      blocks[0]![2],
      `docs/guides/${name}.md differs from docs/examples/${name}.ts (UPDATE_GUIDES=1 to copy it)`,
    ).toBe(example);
  });
});

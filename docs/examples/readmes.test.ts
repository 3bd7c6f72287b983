// Every published package's README (the page npm shows) says how to install it, shows an
// example of about ten lines that is docs/examples/readme/<package>.ts byte for byte (which
// `tsc -p tsconfig.tests.json` type-checks against the packages' real types), and links to
// a guide. `UPDATE_READMES=1 pnpm exec vitest run --project unit docs/examples/readmes.test.ts`
// copies the files into the READMEs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const packagesDir = new URL("../../packages/", import.meta.url);
const examplesDir = new URL("./readme/", import.meta.url);
const GUIDES = "https://github.com/openstack-ts/openstack-ts/blob/main/docs/guides/";

const published = readdirSync(packagesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(new URL(`${e.name}/package.json`, packagesDir)))
  .map((e) => ({ folder: e.name, ...JSON.parse(readFileSync(new URL(`${e.name}/package.json`, packagesDir), "utf8")) }))
  .filter((pkg: { private?: boolean }) => !pkg.private) as { folder: string; name: string }[];

/** A marker naming the file, then the ```ts block that must be that file. */
const BLOCK = /<!-- example: docs\/examples\/readme\/([a-z-]+)\.ts -->\n```ts\n([\s\S]*?)```\n/g;
// About ten statements; Biome wraps a long call over several lines, hence the margin.
const MAX_LINES = 20;

describe("package READMEs", () => {
  it("has one example file per published package, and no other", () => {
    const files = readdirSync(examplesDir).filter((f) => f.endsWith(".ts"));
    expect(files.sort()).toEqual(published.map((p) => `${p.folder}.ts`).sort());
  });

  it.each(published)("$name: install, the checked example, a guide", ({ folder, name }) => {
    const readmePath = new URL(`${folder}/README.md`, packagesDir);
    expect(existsSync(readmePath), `packages/${folder}/README.md is missing`).toBe(true);
    let readme = readFileSync(readmePath, "utf8");
    const example = readFileSync(new URL(`${folder}.ts`, examplesDir), "utf8");
    expect(readme.startsWith(`# ${name}\n`), "the README's title is the package's name").toBe(true);
    expect(readme).toMatch(/\n## Install\n/);
    expect(readme).toMatch(new RegExp(`\\nnpm install [^\\n]*${name}[ \\n]`));
    expect(example.trimEnd().split("\n").length, `docs/examples/readme/${folder}.ts is short`).toBeLessThanOrEqual(
      MAX_LINES,
    );
    const blocks = [...readme.matchAll(BLOCK)];
    expect(
      blocks.map((b) => b[1]),
      "one example block, naming the package's own file",
    ).toEqual([folder]);
    if (process.env.UPDATE_READMES) {
      readme = readme.replace(
        BLOCK,
        (_all, file: string) => `<!-- example: docs/examples/readme/${file}.ts -->\n\`\`\`ts\n${example}\`\`\`\n`,
      );
      writeFileSync(readmePath, readme);
    }
    expect(blocks.length && readme.match(BLOCK)?.[0], `UPDATE_READMES=1 copies the file into the README`).toBe(
      `<!-- example: docs/examples/readme/${folder}.ts -->\n\`\`\`ts\n${example}\`\`\`\n`,
    );
    const guides = [
      ...readme.matchAll(
        /\]\(https:\/\/github\.com\/openstack-ts\/openstack-ts\/blob\/main\/docs\/guides\/([a-z-]+)\.md\)/g,
      ),
    ];
    expect(guides.length, `a link to a guide under ${GUIDES}`).toBeGreaterThan(0);
    for (const [, guide] of guides) expect(existsSync(new URL(`../guides/${guide}.md`, import.meta.url))).toBe(true);
  });
});

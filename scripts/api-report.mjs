// The public API of every published package, as users compile against it: each exported
// entry's declarations rolled up into one block (rollup-plugin-dts, from `pnpm run build`'s
// .d.ts files; other packages stay imports), comments left out, written to api/<package>.api.md.
//   node scripts/api-report.mjs          rewrite the reports (`pnpm api:update`)
//   node scripts/api-report.mjs --check  fail if a report differs from the build (`pnpm test`)
// A diff in api/ is a change to a public type: review it, and say it in the changeset.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "@typescript/typescript6";
import { rollup } from "rollup";
import dts from "rollup-plugin-dts";
import { exportedSubpaths, publishedPackages, root } from "./packages/published.mjs";

/** The .d.ts files an entry's conditions lead to, with the conditions that lead there. */
function typesFiles(target, conditions = [], found = new Map()) {
  if (typeof target === "string") {
    if (target.endsWith(".d.ts") && conditions.at(-1) === "types") {
      const via = found.get(target) ?? [];
      found.set(target, [...via, conditions.slice(0, -1).join("+") || "default"]);
    }
    return found;
  }
  for (const [condition, next] of Object.entries(target ?? {})) typesFiles(next, [...conditions, condition], found);
  return found;
}

async function rolledUp(file) {
  const bundle = await rollup({
    input: file,
    // Anything not relative is another package (ours, valibot, ky, node:*): kept as an import.
    external: (id) => !id.startsWith(".") && !id.startsWith("/"),
    plugins: [dts()],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: "es" });
  await bundle.close();
  return withoutComments(output[0].code);
}

/**
 * The declarations reprinted without comments, so that the report changes with the types
 * only, not with their documentation (TypeScript 6's printer: TypeScript 7 has no JS API).
 */
function withoutComments(code) {
  const source = ts.createSourceFile("api.d.ts", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed }).printFile(source).trimEnd();
}

async function report(pkg) {
  const sections = [];
  for (const subpath of exportedSubpaths(pkg.manifest)) {
    const specifier = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    for (const [file, via] of typesFiles(pkg.manifest.exports[subpath])) {
      const code = await rolledUp(join(pkg.dir, file));
      sections.push(
        `## \`${specifier}\` (${via.join(", ")}: ${file.replace(/^\.\//, "")})\n\n\`\`\`ts\n${code}\n\`\`\`\n`,
      );
    }
  }
  return `# ${pkg.name}: public API

Written by \`pnpm api:update\` (scripts/api-report.mjs) from the built declarations;
\`pnpm test\` fails while it differs from them. A change here changes what users compile
against: say so in the changeset, and call a breaking one out (CONTRIBUTING.md, "Releases").

${sections.join("\n")}`;
}

const check = process.argv.includes("--check");
const started = performance.now();
const stale = [];
mkdirSync(join(root, "api"), { recursive: true });
for (const pkg of publishedPackages()) {
  const path = join(root, "api", `${pkg.folder}.api.md`);
  const text = await report(pkg);
  if (!check) writeFileSync(path, text);
  else if (!existsSync(path) || readFileSync(path, "utf8") !== text) stale.push(`api/${pkg.folder}.api.md`);
}
const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
if (stale.length) {
  console.error(
    `The public API changed, and these reports do not show it yet: ${stale.join(", ")}.\n` +
      "Run `pnpm api:update`, review the diff, and describe the change in a changeset (`pnpm changeset`).",
  );
  process.exitCode = 1;
} else console.log(check ? `api reports match the build (${took})` : `api reports written (${took})`);

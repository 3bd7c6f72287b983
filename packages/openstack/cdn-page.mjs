// The files a page downloads from the CDN's ESM layout (dist/cdn/) when it imports the given
// modules: each module and every chunk it imports statically, transitively, by relative URL.
// Chunks reached only by import() (a login loaded by auth type, js-yaml) are not counted:
// a page loads them only when it uses them. Not published: a tool of the budget test.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const CDN = fileURLToPath(new URL("./dist/cdn/", import.meta.url));
/** Static imports and re-exports with a relative specifier, as terser writes them. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{][^"'();]*?from\s*)?["'](\.\.?\/[^"']+)["']/g;

export function cdnPageFiles(modules) {
  const files = new Map();
  const visit = (name) => {
    if (files.has(name)) return;
    const text = readFileSync(CDN + name, "utf8");
    files.set(name, text);
    for (const [, specifier] of text.matchAll(STATIC_IMPORT)) {
      visit(new URL(specifier, `http://cdn/${name}`).pathname.slice(1));
    }
  };
  for (const name of modules) visit(name);
  return [...files].map(([name, text]) => ({ name, text }));
}

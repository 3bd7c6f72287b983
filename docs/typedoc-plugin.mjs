// A TypeDoc plugin for this monorepo. Its entry points are the packages' src/index.ts, so
// TypeDoc would name each module by its path ("core/src"); name it by the package users
// import instead, show the package's README on the module's page, and send links to that
// README (from the guides) to the page. Guides are titled by their heading, not file name,
// and listed in the order docs/README.md lists them.
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { Converter, MinimalSourceFile, normalizePath, ReflectionKind } from "typedoc";

const packagesDir = new URL("../packages/", import.meta.url);
const guideOrder = [
  ...readFileSync(new URL("README.md", import.meta.url), "utf8").matchAll(/\]\(guides\/([a-z-]+\.md)\)/g),
].map((m) => m[1]);

/** "core/src" → "core"; "config/src/node" → "config" (the Node/Deno entry: the pure one plus file loading). */
function packageDirOf(moduleName) {
  return /^([a-z0-9-]+)\/src(?:\/node)?$/.exec(moduleName)?.[1];
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const dir = packageDirOf(reflection.name);
    if (dir === undefined) return;
    const pkg = JSON.parse(readFileSync(new URL(`${dir}/package.json`, packagesDir), "utf8"));
    reflection.name = pkg.name;
    const readme = new URL(`${dir}/README.md`, packagesDir);
    if (existsSync(readme)) {
      const path = normalizePath(readme.pathname);
      reflection.readme = app.converter.parseRawComment(
        new MinimalSourceFile(readFileSync(readme, "utf8"), path),
        context.project.files,
      ).content;
      context.project.files.registerReflectionPath(path, reflection);
    } else if (!reflection.comment && pkg.description) {
      reflection.readme = [{ kind: "text", text: pkg.description }];
    }
  });

  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const first = document.content.find((part) => part.kind === "text")?.text ?? "";
    const heading = /^# (.+)$/m.exec(first)?.[1];
    if (heading) document.name = heading.replaceAll("`", "");
  });

  // With sortEntryPoints off, TypeDoc keeps the order children were added in: set it here.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const { project } = context;
    const rank = (r) =>
      r.kindOf(ReflectionKind.Document)
        ? guideOrder.indexOf(basename(project.files.getReflectionPath(r) ?? ""))
        : guideOrder.length;
    project.documents?.sort((a, b) => rank(a) - rank(b));
    project.childrenIncludingDocuments?.sort((a, b) => rank(a) - rank(b));
  });
}

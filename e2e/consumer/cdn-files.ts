// The CDN pages of the consumer tests: the installed @openstack-ts/openstack served as npm
// CDNs serve a package (every file of it under /npm/<name>/, so a file the tarball lacks is a
// 404), and a page per way the README loads it: the one file (openstack.min.js), and the ESM
// layout (dist/cdn/, one module per package) through an import map of relative URLs.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { filesUnder } from "./static-server.js";

const PACKAGE = "@openstack-ts/openstack";
/** Where the package's files are served, as https://cdn.jsdelivr.net/npm/<name>/ would. */
export const CDN_PREFIX = `/npm/${PACKAGE}/`;

/**
 * Each page's module: the SDK from the CDN, then the seed (programs/browser/seed-in-page.js);
 * `modules`, the package's files it must download, besides the chunks the ESM layout shares.
 */
const PAGES = {
  "one file": {
    modules: ["dist/openstack.min.js"],
    head: "",
    script: `import { Connection } from "${CDN_PREFIX}dist/openstack.min.js";
import { runSeed } from "/browser/seed-in-page.js";
runSeed(Connection);`,
  },
  "ESM layout": {
    modules: ["dist/cdn/identity.js", "dist/cdn/network.js", "dist/cdn/openstack.js"],
    head: `<script type="importmap">${JSON.stringify({
      imports: Object.fromEntries(
        ["openstack", "identity", "network"].map((name) => [
          `@openstack-ts/${name}`,
          `.${CDN_PREFIX}dist/cdn/${name}.js`,
        ]),
      ),
    })}</script>`,
    script: `import { connectionWith } from "@openstack-ts/openstack";
import { identity } from "@openstack-ts/identity";
import { network } from "@openstack-ts/network";
import { runSeed } from "./browser/seed-in-page.js";
runSeed(connectionWith({ identity, network }));`,
  },
} as const;

export type CdnPage = keyof typeof PAGES;
export const CDN_PAGE_NAMES = Object.keys(PAGES) as CdnPage[];
/** The package's files `page` imports (paths inside the package), sorted. */
export const cdnModules = (page: CdnPage): readonly string[] => PAGES[page].modules;

/**
 * The files a static host serves for `page`, URL path → file: the page at /, the seed's
 * modules, and the installed package under CDN_PREFIX.
 */
export function cdnSite(project: string, page: CdnPage): Record<string, string> {
  const html = join(project, `cdn-${page.replace(/\W+/g, "-")}.html`);
  const { head, script } = PAGES[page];
  writeFileSync(
    html,
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">${head}<script type="module">${script}</script>`,
  );
  return {
    ...filesUnder(join(project, "node_modules", PACKAGE), CDN_PREFIX),
    "/": html,
    "/browser/seed-in-page.js": join(project, "browser/seed-in-page.js"),
    "/seed-body.mjs": join(project, "seed-body.mjs"),
  };
}

// Bundles the dashboard with esbuild straight from the workspace's TypeScript sources, so
// `pnpm start` needs no `pnpm build` of every package first: one bundle for the browser
// (dist/app.js) and one for the Node server that serves it (dist/server.mjs). Both take about
// a second on a fresh clone.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = fileURLToPath(new URL(".", import.meta.url));
const packages = join(here, "../../packages");

/**
 * `@openstack-ts/<name>[/<entry>]` → packages/<name>/src/<entry>.ts, the entry picked by the
 * package's own `exports` conditions (config has a Node entry beside its browser one). In the
 * browser bundle, `x.browser.ts` replaces `x.ts` as the packages' `browser` maps do for dist.
 */
export function workspaceSources(platform) {
  const conditions = platform === "browser" ? ["browser", "default"] : ["node", "default"];
  const entryOf = (name, subpath) => {
    const manifest = JSON.parse(readFileSync(join(packages, name, "package.json"), "utf8"));
    let target = manifest.exports?.[subpath === "." ? "." : `./${subpath}`];
    for (;;) {
      if (typeof target === "string") break;
      if (!target || typeof target !== "object") throw new Error(`@openstack-ts/${name} exports no ${subpath}`);
      const key = conditions.find((condition) => condition in target);
      target = key ? target[key] : undefined;
    }
    // Node entries are built as one file under dist/one-file/; their source is the same entry.
    return join(packages, name, "src", `${target.replace(/^\.\/dist\/(one-file\/)?/, "").replace(/\.js$/, "")}.ts`);
  };
  return {
    name: "workspace-sources",
    setup(bundle) {
      bundle.onResolve({ filter: /^@openstack-ts\// }, ({ path }) => {
        const [, name, subpath] = /^@openstack-ts\/([^/]+)(?:\/(.+))?$/.exec(path);
        return { path: entryOf(name, subpath ?? ".") };
      });
      if (platform !== "browser") return;
      bundle.onResolve({ filter: /^\.\.?\// }, ({ path, importer }) => {
        if (!importer.startsWith(packages)) return undefined;
        const variant = resolve(dirname(importer), path.replace(/\.js$/, ".browser.ts"));
        return existsSync(variant) ? { path: variant } : undefined;
      });
    },
  };
}

/** Builds both bundles; resolves to the milliseconds it took. */
export async function buildDashboard({ minify = true } = {}) {
  const started = performance.now();
  const common = {
    bundle: true,
    format: "esm",
    sourcemap: true,
    logLevel: "warning",
    target: "es2022",
    legalComments: "none",
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(here, "src/main.ts")],
      outfile: join(here, "dist/app.js"),
      platform: "browser",
      minify,
      plugins: [workspaceSources("browser")],
    }),
    build({
      ...common,
      entryPoints: [join(here, "src/server/main.ts")],
      outfile: join(here, "dist/server.mjs"),
      platform: "node",
      // Node's own modules stay imports; everything else (the fake cloud, msw) is bundled.
      plugins: [workspaceSources("node")],
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    }),
  ]);
  return Math.round(performance.now() - started);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ms = await buildDashboard();
  console.log(`apps/dashboard/dist built in ${ms} ms`);
}

// The SDK in Chromium from the installed tarballs: an app bundled by Vite, the same app bundled
// by esbuild, and pages that load the CDN files (the one file, the ESM layout) from a static
// server; each runs the seed against the real cloud (whose CORS lets any origin in, as a
// dashboard's needs).
import { join } from "node:path";
import { Connection } from "@openstack-ts/openstack";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "../support/browser.js";
import { admin, uniqueName } from "../support/cloud.js";
import { buildWithEsbuild, buildWithVite } from "./bundle-app.js";
import { CDN_PAGE_NAMES, CDN_PREFIX, cdnModules, cdnSite } from "./cdn-files.js";
import { project } from "./run.js";
import { type Served, serveFiles } from "./static-server.js";

const conn = new Connection(admin);
const networks: string[] = [];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  for (const name of networks) {
    const network = await conn.network.findNetwork(name);
    if (network) await conn.network.deleteNetwork(network);
  }
});

/** Serves `files`, opens the page in Chromium, and checks what the seed saw against the cloud. */
async function expectSeedRuns(files: Record<string, string>, label: string): Promise<Served[]> {
  const { url, served, close } = await serveFiles(files);
  const page = await browser.newPage();
  const problems = watchPage(page);
  try {
    const name = uniqueName(`consumer-${label}`);
    networks.push(name);
    await page.goto(`${url}/?network=${name}`);
    // A page whose scripts fail to load never sets seedResult: the error then says what it fetched.
    const handle = await page
      .waitForFunction(() => (globalThis as { seedResult?: unknown }).seedResult, undefined, { timeout: 60_000 })
      .catch((error: Error) => {
        const fetched = served.map((one) => `${one.status} ${one.path}`);
        throw new Error(`${error.message}\n${[...problems, ...fetched].join("\n")}`);
      });
    const seen = (await handle.jsonValue()) as Record<string, unknown> & { error?: string };
    expect(seen.error, problems.join("\n")).toBeUndefined();
    expect(seen.projects).toEqual(expect.arrayContaining(["admin", "demo", "service"]));
    expect(seen.streamed).toEqual(seen.projects);
    expect(seen.network).toBe((await conn.network.findNetwork(name, { ignoreMissing: false })).id);
    expect(seen.tokenLength).toBeGreaterThan(20);
    expect(seen.project).toBe(await conn.currentProjectId);
    expect(problems).toEqual([]);
    return served;
  } finally {
    await page.close();
    close();
  }
}

// The pages at once, each on its own static server, in one Chromium.
describe.concurrent("in Chromium, from the installed tarballs", () => {
  it("an app bundled by Vite runs the seed against the real cloud", async () => {
    const files = await buildWithVite(project(), join(project(), "dist-vite"));
    await expectSeedRuns(files, "vite");
  });

  it("an app bundled by esbuild runs the seed against the real cloud", async () => {
    const files = await buildWithEsbuild(project(), join(project(), "dist-esbuild"));
    await expectSeedRuns(files, "esbuild");
  });

  it.each(CDN_PAGE_NAMES)("a page loading the CDN's %s from a static server runs the seed", async (name) => {
    const served = await expectSeedRuns(cdnSite(project(), name), name.replace(/\W+/g, "-"));
    // The SDK came from the package's files, each found (a file the tarball lacks is a 404).
    const sdk = served.filter((one) => one.path.startsWith(CDN_PREFIX));
    expect(sdk.length).toBeGreaterThan(0);
    expect(sdk.filter((one) => one.status !== 200)).toEqual([]);
    // The bytes a page downloads, gzip as served. Issue 17's budget for the ESM layout is
    // 30 kB; packages/openstack's browser-bundle test holds it, this reports what a consumer
    // gets from the tarball.
    const bytes = sdk.reduce((sum, one) => sum + one.bytes, 0);
    console.info(`CDN ${name}: ${sdk.length} files of the SDK, ${bytes} bytes gzip as served`);
    // Only the modules the page imports, and the chunks they share: no other service.
    const modules = sdk.map((one) => one.path.slice(CDN_PREFIX.length)).filter((p) => !p.includes("/chunks/"));
    expect(modules.sort()).toEqual(cdnModules(name));
  });
});

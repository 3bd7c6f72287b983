// The fake cloud inside Debian's Chromium: msw's service worker answers the SDK's requests
// to http://openstack.test, a host that does not exist. Always the fake cloud: there is no
// real one to compare with here.
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, launchChromium, watchPage } from "./support/browser.js";
import { servePage } from "./support/mock-page.js";

let browser: Browser;
let page: { url: string; server: Server };
beforeAll(async () => {
  page = await servePage();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  page?.server.close();
});

describe("the fake cloud in a browser", () => {
  it("answers the SDK through msw's service worker: login, lists, a created network", async () => {
    const tab = await browser.newPage();
    const problems = watchPage(tab);
    await tab.goto(page.url);
    await tab.waitForFunction(() => typeof (window as { run?: unknown }).run === "function");
    const result = await tab.evaluate(() =>
      (window as unknown as { run: () => Promise<Record<string, unknown>> }).run(),
    );
    await tab.screenshot({ path: `${ARTIFACTS}mock-browser.png` });
    expect(result, problems.join("\n")).toMatchObject({
      projects: ["admin", "service", "demo", "alt_demo"],
      inState: true,
    });
    expect(result["networks"]).toEqual(expect.arrayContaining(["public", "from-the-browser"]));
    expect(result["tokenLength"]).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});

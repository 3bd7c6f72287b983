// apps/cdn-demo in Debian's Chromium: a plain page loads openstack.min.js as one ES module and
// runs the seed example against the real Keystone and Neutron (CORS, X-Subject-Token read).
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@openstack-ts/cdn-demo/serve.mjs";
import { Connection } from "@openstack-ts/openstack";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS, launchChromium, watchPage } from "./support/browser.js";
import { admin } from "./support/cloud.js";

let server: Server;
let browser: Browser;
const conn = new Connection(admin);
let hadJenkins = false;

beforeAll(async () => {
  hadJenkins = (await conn.network.findNetwork("jenkins")) !== null;
  server = (await serve(0)) as Server;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  const jenkins = await conn.network.findNetwork("jenkins");
  if (!hadJenkins && jenkins) await conn.network.deleteNetwork(jenkins);
});

describe("the CDN demo page", () => {
  it("runs the seed example in Chromium against the real cloud", async () => {
    const page = await browser.newPage();
    const problems = watchPage(page);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.click("#run");
    await page.waitForFunction(
      () => /done|Error/.test(document.getElementById("output")?.textContent ?? ""),
      undefined,
      { timeout: 30_000 },
    );
    const output = (await page.textContent("#output")) ?? "";
    await page.screenshot({ path: `${ARTIFACTS}cdn-demo.png`, fullPage: true });
    expect(output, problems.join("\n")).toContain("done");
    expect(output).toMatch(/projects: .*\badmin\b/);
    const jenkins = await conn.network.findNetwork("jenkins", { ignoreMissing: false });
    expect(output).toContain(`network jenkins: ${jenkins.id}`);
    expect(output).toMatch(/token: \S{8}… \(\d+ characters\)/);
    expect(requests).toContain("POST http://127.0.0.1:5000/v3/auth/tokens");
    expect(requests.some((r) => r.startsWith("GET http://127.0.0.1:9696/v2.0/networks"))).toBe(true);
    expect(problems).toEqual([]);
  });
});

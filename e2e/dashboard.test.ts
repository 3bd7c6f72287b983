// apps/dashboard in Debian's Chromium, driven by Playwright, against the built-in fake cloud
// (what `pnpm start` serves by default): starting it, logging in (password, application
// credential, token), projects, and a refused login. Its views of the resources are
// dashboard-fake-resources.test.ts and dashboard-fake-services.test.ts; the real loopback
// cloud is dashboard-real.test.ts and dashboard-services.test.ts. Each step leaves a
// screenshot in test-results/.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Connection } from "@openstack-ts/openstack";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningDashboard } from "../apps/dashboard/start.mjs";
import { watchPage } from "./support/browser.js";
import {
  createNetwork,
  errorShown,
  logIn,
  openPage,
  openView,
  rowNames,
  shoot,
  submitLogin,
} from "./support/dashboard-page.js";
import { startFakeDashboard } from "./support/fake-dashboard.js";

let browser: Browser;
let dashboard: RunningDashboard;
let conn: Connection;
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ browser, dashboard, conn, stop } = await startFakeDashboard());
});
afterAll(async () => {
  await stop?.();
});

describe("pnpm start, as a newcomer runs it", () => {
  it("prints the URL of the dashboard, where one logs in and creates a network", async () => {
    // The root script, in its own process group so that it and pnpm stop together.
    const child = spawn("pnpm", ["start", "--", "--port", "0"], {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => void (output += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", () => {
          const printed = /openstack-ts dashboard: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
          if (printed) resolve(printed[1]!);
        });
        child.on("exit", (code) => reject(new Error(`pnpm start exited (${code}):\n${output}`)));
      });
      expect(output).toMatch(/log in {4}admin \/ admin/);
      const page = await browser.newPage();
      const problems = watchPage(page);
      await page.goto(url);
      // The fake cloud's login is filled in: the newcomer only presses the button.
      await page.click("#log-in");
      await page.click('#project-picker [data-project="admin"]');
      await page.waitForSelector("#network-list table");
      await createNetwork(page, "my-first-network");
      await shoot(page, "pnpm-start");
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      process.kill(-child.pid!, "SIGTERM");
    }
  });
});

describe("logging in to the dashboard on the fake cloud", () => {
  it("serves the fake cloud's auth URL and its well-known login", () => {
    expect(dashboard.config).toEqual({
      cloud: "fake",
      authUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v3$/),
      login: { username: "admin", password: "admin" },
    });
    expect(dashboard.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("logs in with a password, offers the user's projects, and switches between them", async () => {
    const { page, problems } = await openPage(browser, dashboard);
    await submitLogin(page, { method: "password", username: "admin", password: "admin" });
    const offered = await page.$$eval("#project-picker [data-project]", (buttons) =>
      buttons.map((b) => (b as HTMLElement).dataset["project"]),
    );
    expect(offered).toEqual(["admin", "demo"]);
    await shoot(page, "fake-project-picker");
    await page.click('#project-picker [data-project="admin"]');
    await page.waitForSelector("#network-list table");
    // An admin of the admin project sees every project's networks, as in Neutron.
    expect(await rowNames(page, "network-list")).toEqual(expect.arrayContaining(["public", "private", "demo-net"]));
    await shoot(page, "fake-networks");

    // In demo, admin is a member only: demo's networks and the external one.
    await page.selectOption("#project", { label: "demo" });
    await page.waitForFunction(
      () =>
        !document.querySelector('#network-list tr[data-name="private"]') &&
        document.querySelector('#network-list tr[data-name="demo-net"]'),
    );
    expect(await rowNames(page, "network-list")).toEqual(expect.arrayContaining(["demo-net", "public"]));
    await openView(page, "projects");
    expect(await page.$eval('#view tr[data-name="demo"]', (row) => row.textContent)).toContain("current");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("logs in with an application credential and with a token", async () => {
    const userId = (await conn.currentUserId)!;
    const [credential] = await conn.identity.listApplicationCredentials({ user_id: userId, name: "ci-admin" });
    const { page } = await openPage(browser, dashboard);
    await logIn(page, { method: "application-credential", id: credential!.id, secret: "appcred-secret" });
    // An application credential is bound to its project: no choice is offered.
    expect(await page.$$eval("#project option", (options) => options.map((o) => o.textContent))).toEqual(["admin"]);
    await page.waitForSelector('#network-list tr[data-name="private"]');

    await page.click("#log-out");
    await page.waitForSelector("#login");
    await logIn(page, { method: "token", token: await conn.authorize() }, "demo");
    expect(
      await page.$eval("#project", (select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent),
    ).toBe("demo");
    await page.waitForSelector('#network-list tr[data-name="demo-net"]');
    await page.close();
  });

  it("shows a refused login as the SDK's typed error: class, status, server message, request id", async () => {
    const { page } = await openPage(browser, dashboard);
    await submitLogin(page, { method: "password", username: "admin", password: "not-the-password" });
    const shown = await errorShown(page, "#login");
    // The SDK's UnauthorizedError for a refused login (issue 15), named for what Keystone refused.
    expect(shown.kind).toBe("CredentialsRejectedError");
    expect(shown.message).toBe("The request you have made requires authentication.");
    expect(shown.details["status"]).toBe("401");
    expect(shown.details["request"]).toBe(`POST ${dashboard.config.authUrl}/auth/tokens`);
    expect(shown.details["request id"]).toMatch(/^req-[0-9a-f-]{36}$/);
    await shoot(page, "fake-login-refused");
    await page.close();
  });
});

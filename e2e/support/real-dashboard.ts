// The dashboard served against the real loopback cloud, with Chromium, for a whole test file:
// the set-up that every file driving one of its views there needs, once.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { RunningDashboard } from "../../apps/dashboard/start.mjs";
import { launchChromium } from "./browser.js";
import { AUTH_URL } from "./cloud.js";
import { logIn, openPage, serve } from "./dashboard-page.js";

export interface AdminPage {
  page: Page;
  /** What went wrong on the page (errors, failed requests), as `openPage` collects it. */
  problems: string[];
  /** Every console message, to prove what was never logged. */
  consoleText: string[];
}

/**
 * Starts Chromium and the dashboard (pointed at the real Keystone) before the file's tests
 * and closes both after them. Call at the top of the file; `adminPage()` then opens a new
 * page logged in as admin.
 */
export function dashboardOnRealCloud(): { adminPage(): Promise<AdminPage> } {
  let browser: Browser;
  let dashboard: RunningDashboard;
  beforeAll(async () => {
    browser = await launchChromium();
    dashboard = await serve(["--auth-url", AUTH_URL]);
  });
  afterAll(async () => {
    await dashboard?.close();
    await browser?.close();
  });
  return {
    async adminPage() {
      const { page, problems } = await openPage(browser, dashboard);
      const consoleText: string[] = [];
      page.on("console", (message) => consoleText.push(message.text()));
      await logIn(page, { method: "password", username: "admin", password: "admin" });
      return { page, problems, consoleText };
    },
  };
}

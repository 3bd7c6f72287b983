// What every test file of the dashboard on the fake cloud starts with: Chromium, the dashboard
// serving its built-in fake cloud (pnpm start's default), and an SDK connection to that cloud.
import { Connection } from "@openstack-ts/openstack";
import type { Browser } from "playwright-core";
import type { RunningDashboard } from "../../apps/dashboard/start.mjs";
import { launchChromium } from "./browser.js";
import { serve } from "./dashboard-page.js";

export interface FakeDashboard {
  browser: Browser;
  dashboard: RunningDashboard;
  /** admin in project admin, on the dashboard's fake cloud. */
  conn: Connection;
  stop(): Promise<void>;
}

export async function startFakeDashboard(): Promise<FakeDashboard> {
  const browser = await launchChromium();
  const dashboard = await serve([]);
  const conn = new Connection({
    authUrl: dashboard.config.authUrl,
    username: "admin",
    password: "admin",
    projectName: "admin",
  });
  return {
    browser,
    dashboard,
    conn,
    async stop() {
      await dashboard.close();
      await browser.close();
    },
  };
}

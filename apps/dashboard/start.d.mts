import type { DashboardConfig } from "./src/app/config.js";

export interface RunningDashboard {
  /** Where to open the dashboard. */
  url: string;
  config: DashboardConfig;
  close(): Promise<void>;
}

/**
 * Bundles the dashboard, then serves it: against the fake cloud, or against the real cloud
 * of `--auth-url` (or `DASHBOARD_AUTH_URL` in `env`). `banner` is what `pnpm start` prints.
 */
export function start(
  argv?: readonly string[],
  env?: Record<string, string | undefined>,
): Promise<{ dashboard: RunningDashboard | "help"; buildMs: number; banner: string }>;

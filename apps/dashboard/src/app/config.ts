import type { SsoConfig } from "./sso-config.js";

/** What the page learns from the server's `/config.json`: which cloud to log in to, and how. */
export interface DashboardConfig {
  /** `fake` for the built-in fake cloud, `real` for a cloud given by its auth URL. */
  cloud: "fake" | "real";
  authUrl: string;
  /** Credentials to pre-fill: the fake cloud's well-known ones. Never set for a real cloud. */
  login?: { username: string; password: string };
  /** Single sign-on through Keystone federation, when the server was given it (real clouds only). */
  sso?: SsoConfig;
}

export async function loadConfig(): Promise<DashboardConfig> {
  const response = await fetch("config.json");
  if (!response.ok) throw new Error(`config.json: ${response.status} ${response.statusText}`);
  return (await response.json()) as DashboardConfig;
}

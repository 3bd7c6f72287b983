// `pnpm start`: serves the dashboard on 127.0.0.1, against the built-in fake cloud or a real
// cloud given by its auth URL, and prints the URL to open.
import type { Server } from "node:http";
import type { DashboardConfig } from "../app/config.js";
import { startFakeCloud } from "./fake-cloud.js";
import { startOptions, USAGE } from "./options.js";
import { listen, staticSite } from "./static-site.js";

/** Loopback only: the dashboard and the fake cloud are for this machine's browser. */
const HOST = "127.0.0.1";

export interface RunningDashboard {
  /** Where to open the dashboard. */
  url: string;
  config: DashboardConfig;
  close(): Promise<void>;
}

/**
 * Starts the dashboard (and the fake cloud, unless a real one is named). `appRoot` is the
 * folder holding public/ and dist/. Resolves once both listen.
 */
export async function startDashboard(
  appRoot: string,
  argv: readonly string[] = [],
  env: Record<string, string | undefined> = {},
): Promise<RunningDashboard | "help"> {
  const options = startOptions(argv, env);
  if (options === "help") return "help";
  const fake = options.authUrl === undefined ? await startFakeCloud() : undefined;
  const config: DashboardConfig = fake
    ? {
        cloud: "fake",
        authUrl: fake.authUrl,
        login: { username: fake.cloud.credentials.admin.username, password: fake.cloud.credentials.admin.password },
      }
    : { cloud: "real", authUrl: options.authUrl!, ...(options.sso && { sso: options.sso }) };
  const server = staticSite(appRoot, config);
  let port: number;
  try {
    port = await listen(server, HOST, options.port, !options.portGiven);
  } catch (error) {
    await fake?.close();
    throw error;
  }
  return {
    url: `http://${HOST}:${port}/`,
    config,
    close: async () => {
      await Promise.all([closeServer(server), fake?.close()]);
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/** What `pnpm start` prints: the URL first, then how to log in. */
export function banner(dashboard: RunningDashboard): string {
  const { config } = dashboard;
  const cloud =
    config.cloud === "fake"
      ? [
          `  cloud     the built-in fake cloud at ${config.authUrl}`,
          `  log in    ${config.login?.username} / ${config.login?.password}  (or demo / demo-secret)`,
        ]
      : [
          `  cloud     ${config.authUrl}`,
          "  log in    with a password, an application credential or a token of that cloud",
          ...(config.sso
            ? [`  or        single sign-on through ${config.sso.federationAuthUrl} (${config.sso.identityProvider})`]
            : []),
        ];
  return [`openstack-ts dashboard: ${dashboard.url}`, "", ...cloud, "", "Ctrl+C stops it."].join("\n");
}

export { USAGE };

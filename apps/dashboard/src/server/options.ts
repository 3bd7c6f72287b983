import { parseArgs } from "node:util";
import type { SsoConfig } from "../app/sso-config.js";
import { SSO_ARGS, SSO_USAGE, ssoOptions } from "./sso-options.js";

/** What `pnpm start` was asked for. */
export interface StartOptions {
  /** Keystone of a real cloud; absent means the fake cloud. */
  authUrl: string | undefined;
  port: number;
  /** Whether the port was chosen by the user (then a busy port is an error, not a fallback). */
  portGiven: boolean;
  /** Single sign-on through Keystone federation (a real cloud only). */
  sso?: SsoConfig;
}

export const DEFAULT_PORT = 8000;

export const USAGE = `Usage: pnpm start [-- options]

Serves the openstack-ts dashboard on 127.0.0.1 and prints its URL.

  --auth-url URL   a real cloud's Keystone (e.g. http://127.0.0.1:5000/v3); also DASHBOARD_AUTH_URL.
                   Without it the dashboard runs against the built-in fake cloud.
  --port N         the dashboard's port on 127.0.0.1 (default ${DEFAULT_PORT}, or a free one if it is taken); also PORT.
${SSO_USAGE}
  --help           this text.`;

/**
 * Reads the command line and the environment. pnpm passes a literal `--` through when the
 * user writes `pnpm start -- --auth-url …`, so it is skipped.
 */
export function startOptions(argv: readonly string[], env: Record<string, string | undefined>): StartOptions | "help" {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== "--"),
    options: {
      "auth-url": { type: "string" },
      port: { type: "string" },
      help: { type: "boolean", short: "h" },
      ...SSO_ARGS,
    },
    strict: true,
  });
  if (values.help) return "help";
  const authUrl = values["auth-url"] ?? (env["DASHBOARD_AUTH_URL"] || undefined);
  if (authUrl !== undefined && !/^https?:\/\/[^/]/.test(authUrl))
    throw new Error(`--auth-url must be an http(s) URL, got '${authUrl}'`);
  const portText = values.port ?? (env["PORT"] || undefined);
  const port = portText === undefined ? DEFAULT_PORT : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, got '${portText}'`);
  const sso = ssoOptions(values);
  if (sso && authUrl === undefined)
    throw new Error("--sso-auth-url needs --auth-url: the fake cloud has no federation");
  return { authUrl: authUrl?.replace(/\/+$/, ""), port, portGiven: portText !== undefined, ...(sso && { sso }) };
}

import type { ResolvedCloud } from "@openstack-ts/config";
import type { AuthArguments, AuthPlugin, Logger, RetryOptions, ServiceSettings, Session } from "@openstack-ts/core";

type PerService = `${string}${"ApiVersion" | "EndpointOverride" | "Interface" | "RegionName" | "DefaultMicroversion"}`;

/**
 * Options of `new Connection(...)`: openstacksdk's parameters in TypeScript spelling. Auth
 * arguments (`authUrl`, `username`, `projectName`, …) sit at the top level, as in the seed.
 */
export interface ConnectionOptions extends AuthArguments {
  /**
   * A cloud of clouds.yaml, by name, read at once (Node, Deno, Bun) as openstacksdk's
   * `Connection(cloud=…)` does. In a browser use `fromConfig` with the document instead.
   */
  cloud?: string;
  /**
   * A configuration resolved by @openstack-ts/config; kept as `conn.config`. Its options
   * apply unless given here too. `fromConfig` sets it.
   */
  config?: ResolvedCloud;
  /** Reuse a configured session (its auth, catalog and caches) instead of building one. */
  session?: Session;
  /** Any object implementing the auth plugin interface; wins over `authPlugin`. */
  authenticator?: AuthPlugin;
  /** Auth type as clouds.yaml names it: `password` (default), `token`, `v3applicationcredential`, `admin_token`, `none`, … */
  authPlugin?: string;
  /** Per service type: endpoint override, interface, region, API version, microversion. */
  profile?: Record<string, ServiceSettings>;
  regionName?: string;
  /** `public` (default), `internal`, `admin`, or a preference list. */
  interface?: string | string[];
  /** Per request, in ms; `false` for none. Default 60 000. */
  timeout?: number | false;
  /** Retries of idempotent requests; `false` turns them off. */
  retries?: RetryOptions | number | false;
  /** Prepended to the User-Agent where the runtime allows setting it. */
  userAgent?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  logger?: Logger;
  /** `req-<uuid>` sent as X-OpenStack-Request-ID with every request. */
  globalRequestId?: string;
  /** TLS verification; on unless set to false. Node and Deno only. */
  verify?: boolean;
  /** CA bundle (PEM text) to trust. Node and Deno only. */
  cacert?: string;
  /** Client certificate and key (PEM text). Node and Deno only. */
  cert?: string;
  key?: string;
  /**
   * Flat per-service settings as openstacksdk spells them: `computeApiVersion`,
   * `networkEndpointOverride`, `blockStorageInterface`, `computeDefaultMicroversion`, …
   */
  [perService: PerService]: unknown;
}

const settingOf = {
  ApiVersion: "apiVersion",
  EndpointOverride: "endpointOverride",
  Interface: "interface",
  RegionName: "regionName",
  DefaultMicroversion: "microversion",
} as const;

/** `blockStorage` → `block-storage`. */
const kebab = (camel: string) => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Merges `profile` with the flat `<service><Setting>` options into one map by service type. */
export function serviceSettings(options: Record<string, unknown>): Record<string, ServiceSettings> {
  const services: Record<string, Record<string, unknown>> = {};
  for (const [type, settings] of Object.entries((options["profile"] as Record<string, ServiceSettings>) ?? {})) {
    services[type] = { ...settings };
  }
  for (const [key, value] of Object.entries(options)) {
    const match = /^([a-z][A-Za-z]*?)(ApiVersion|EndpointOverride|Interface|RegionName|DefaultMicroversion)$/.exec(key);
    if (!match || value === undefined) continue;
    const type = kebab(match[1]!);
    const setting = settingOf[match[2] as keyof typeof settingOf];
    // clouds.yaml writes versions as numbers (`identity_api_version: 3`).
    (services[type] ??= {})[setting] = typeof value === "number" ? String(value) : value;
  }
  return services as Record<string, ServiceSettings>;
}

/** Connection options that are not auth arguments. */
export const NOT_AUTH = new Set([
  "cloud",
  "config",
  "session",
  "authenticator",
  "authPlugin",
  "profile",
  "regionName",
  "interface",
  "timeout",
  "retries",
  "userAgent",
  "fetch",
  "signal",
  "logger",
  "globalRequestId",
  "verify",
  "cacert",
  "cert",
  "key",
]);

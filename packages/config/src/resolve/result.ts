import { ConfigError } from "@openstack-ts/core";
import type { ResolvedCloudInit } from "../resolved-cloud.js";
import type { AuthConfig } from "../types.js";
import { isNumber, pyStr } from "./python-values.js";
import { serviceSettings } from "./services.js";
import type { Entry, Settings } from "./settings.js";

export interface ResultInput {
  name: string;
  nameSource: string;
  config: Settings;
  authType: string;
  profile: string | undefined;
  warn: (message: string) => void;
  warnings: string[];
}

/** `user_domain_name` → `userDomainName`: core's spelling of auth arguments. */
export const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Reads the resolved settings into the fields of a ResolvedCloud, recording each one's source. */
export function resolvedFields(input: ResultInput): ResolvedCloudInit {
  const { config } = input;
  const sources: Record<string, string> = { name: input.nameSource };
  const record = (field: string, entry: Entry | undefined) => {
    if (entry && entry.value !== null && entry.value !== undefined && entry.value !== "") sources[field] = entry.source;
  };

  const auth: AuthConfig = {};
  for (const [key, entry] of config.auth) {
    if (entry.value === null || entry.value === undefined) continue;
    auth[camel(key)] = entry.value;
    record(`auth.${camel(key)}`, entry);
  }
  const regionName = text(config, "region_name");
  record("regionName", config.top.get("region_name"));
  record("authType", config.top.get("auth_type"));
  const iface = text(config, "interface");
  record("interface", config.top.get("interface"));

  const { services, sources: serviceSources } = serviceSettings(config, input.warn);
  Object.assign(sources, serviceSources);

  const insecure = config.value("insecure") === true;
  const verifyValue = config.value("verify");
  let cacert = text(config, "cacert");
  record("cacert", config.top.get("cacert"));
  if (typeof verifyValue === "string") {
    // requests (under openstacksdk) takes a path in `verify` as the CA bundle.
    if (/^(true|false|yes|no|on|off)$/i.test(verifyValue)) {
      throw new ConfigError(
        `${config.top.get("verify")!.source} is the text '${verifyValue}': write true or false without quotes, or give a CA bundle path`,
      );
    }
    if (!cacert) {
      cacert = verifyValue;
      record("cacert", config.top.get("verify"));
    }
  }
  const verify = !insecure && verifyValue !== false;
  record("verify", insecure ? config.top.get("insecure") : config.top.get("verify"));
  if (!verify && cacert)
    input.warn(
      `A CA bundle is set for cloud '${input.name}', but verification is off: the server certificate will not be checked`,
    );

  const apiTimeout = number(config, "api_timeout");
  record("apiTimeout", config.top.get("api_timeout"));
  const connectRetries = number(config, "connect_retries");
  record("connectRetries", config.top.get("connect_retries"));
  const statusCodeRetries = number(config, "status_code_retries");
  record("statusCodeRetries", config.top.get("status_code_retries"));
  for (const key of ["cert", "key"]) record(key, config.top.get(key));

  return {
    name: input.name,
    regionName: regionName || undefined,
    authType: input.authType,
    auth,
    interface: iface || undefined,
    services,
    verify,
    cacert: cacert || undefined,
    cert: text(config, "cert") || undefined,
    key: text(config, "key") || undefined,
    apiTimeout,
    connectRetries,
    statusCodeRetries,
    profile: input.profile,
    sources,
    warnings: input.warnings,
    config: plainConfig(config),
  };
}

function text(config: Settings, key: string): string | undefined {
  const entry = config.top.get(key);
  if (!entry || entry.value === null || entry.value === undefined) return undefined;
  if (typeof entry.value === "string") return entry.value;
  if (isNumber(entry.value)) return pyStr(entry.value);
  throw new ConfigError(`${entry.source} must be a string`);
}

function number(config: Settings, key: string): number | undefined {
  const entry = config.top.get(key);
  if (!entry || entry.value === null || entry.value === undefined || entry.value === "") return undefined;
  const value = typeof entry.value === "number" ? entry.value : Number(entry.value);
  if (typeof entry.value === "boolean" || !Number.isFinite(value))
    throw new ConfigError(`${entry.source} must be a number, not '${pyStr(entry.value)}'`);
  return value;
}

/** openstacksdk's flat config dict: top-level settings plus `auth`, snake_case. */
function plainConfig(config: Settings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of config.top) out[key] = entry.value;
  out["auth"] = Object.fromEntries([...config.auth].map(([key, entry]) => [key, entry.value]));
  return out;
}

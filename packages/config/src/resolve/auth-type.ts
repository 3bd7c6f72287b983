import { ConfigError } from "@openstack-ts/core";
import {
  AUTH_TYPE_ALIASES,
  authOptions,
  authTypeNames,
  PROJECT_DOMAIN_CHECKED,
  USER_DOMAIN_CHECKED,
  type AuthOption,
} from "../data/auth-plugins.js";
import { pyTruthy } from "./python-values.js";
import type { Entry, Settings } from "./settings.js";

/**
 * The auth type's keystoneauth name: unset or `None` means no auth at all, and
 * `token_endpoint` is what people call `admin_token`.
 */
export function authTypeOf(config: Settings): string {
  const entry = config.top.get("auth_type");
  const value = entry?.value;
  let name = value === null || value === undefined || value === "" || value === "None" ? "none" : String(value);
  if (name === "token_endpoint") name = "admin_token";
  name = Object.hasOwn(AUTH_TYPE_ALIASES, name) ? AUTH_TYPE_ALIASES[name]! : name;
  if (!authOptions(name)) {
    throw new ConfigError(
      `Unknown auth type '${String(value)}' (${entry?.source ?? "default"}); known: ${authTypeNames().join(", ")}`,
    );
  }
  config.top.set("auth_type", { value: name, source: entry?.source ?? "default" });
  return name;
}

/**
 * keystoneauth's option gathering as openstacksdk drives it: each option the plugin reads is
 * taken from `auth` (or an older spelling there), else from the cloud's top level, and lands
 * in `auth` under its current name. Empty values are dropped.
 */
export function gatherAuthOptions(config: Settings, authType: string): void {
  for (const option of authOptions(authType) ?? []) {
    const names = [option.name, ...(option.deprecated ?? [])];
    let winner = find(config.auth, names);
    if (!pyTruthy(winner?.value)) winner = find(config.top, names);
    for (const name of names) {
      config.top.delete(name);
      config.auth.delete(name);
    }
    if (winner && pyTruthy(winner.value)) config.auth.set(option.dest ?? option.name, winner);
  }
}

function find(map: Map<string, Entry>, names: readonly string[]): Entry | undefined {
  // The current name is looked at first; an older one only when the current one is absent.
  for (const name of names) if (map.has(name)) return map.get(name);
  return undefined;
}

/**
 * What keystoneauth's loader would refuse, and what openstack-ts's auth plugins need to
 * authenticate without asking (openstacksdk's CLI would prompt for a missing password).
 * Each message names the missing key and the cloud.
 */
export function checkAuth(config: Settings, authType: string, cloud: string): void {
  const has = (key: string) => pyTruthy(config.authValue(key));
  const fail = (problem: string) => {
    throw new ConfigError(`${cloud}: ${problem} (auth type ${authType})`);
  };
  if (USER_DOMAIN_CHECKED.includes(authType) && has("username") && !has("user_domain_name") && !has("user_domain_id")) {
    fail(
      "auth.username needs auth.user_domain_name or auth.user_domain_id: with this auth type a user name is only unique within a domain",
    );
  }
  if (authType === "v3applicationcredential") {
    if (!has("application_credential_id") && !has("application_credential_name")) {
      fail("auth.application_credential_id (or auth.application_credential_name with the user) is missing");
    }
  }
  if (
    PROJECT_DOMAIN_CHECKED.includes(authType) &&
    has("project_name") &&
    !has("project_domain_name") &&
    !has("project_domain_id")
  ) {
    fail(
      "auth.project_name needs auth.project_domain_name or auth.project_domain_id: with this auth type a project name is only unique within a domain",
    );
  }
  if (
    authType.startsWith("v3oidc") &&
    authType !== "v3oidcaccesstoken" &&
    !has("access_token_endpoint") &&
    !has("discovery_endpoint")
  ) {
    fail("auth.access_token_endpoint or auth.discovery_endpoint is missing");
  }
  const missing = (authOptions(authType) ?? []).filter(
    (option: AuthOption) => option.required && !has(option.dest ?? option.name),
  );
  if (missing.length > 0) fail(absent(missing.map((option) => option.dest ?? option.name)));
  // Beyond keystoneauth: what openstack-ts needs to authenticate on its own.
  if (authType === "password" || authType === "v3password") {
    if (!has("username") && !has("user_id")) fail(absent(["username"], "or auth.user_id"));
    if (!has("password")) fail(absent(["password"]));
  }
  if ((authType === "token" || authType === "v3token" || authType === "admin_token") && !has("token"))
    fail(absent(["token"]));
  if (
    authType === "v3applicationcredential" &&
    has("application_credential_name") &&
    !has("application_credential_id") &&
    !has("user_id") &&
    !has("username")
  ) {
    fail("auth.application_credential_name needs the user: auth.username or auth.user_id");
  }
}

/** `auth.password is missing: set it under auth: in clouds.yaml or secure.yaml, or OS_PASSWORD`. */
function absent(keys: readonly string[], alternative?: string): string {
  const names = keys.map((key) => `auth.${key}`).join(", ");
  const variables = keys.map((key) => `OS_${key.toUpperCase()}`).join(", ");
  return `${names}${alternative ? ` (${alternative})` : ""} ${keys.length > 1 ? "are" : "is"} missing: set ${keys.length > 1 ? "them" : "it"} under auth: in clouds.yaml or secure.yaml, or ${variables}`;
}

// Older names an option may use for an auth argument, beyond keystoneauth's own.
const OPTION_ALIASES: Record<string, readonly string[]> = {
  project_id: ["tenant_id"],
  project_name: ["tenant_name"],
  token: ["auth_token"],
};
const V2_OPTION_ALIASES: Record<string, readonly string[]> = {
  tenant_id: ["project_id"],
  tenant_name: ["project_name"],
  token: ["auth_token"],
};

/**
 * Auth arguments given as options (`--os-project-name`) replace the cloud's. openstacksdk
 * keeps a value written under the file's `auth:` and drops the option (a deliberate
 * difference: an explicit option silently losing is a trap). Options given inside an
 * `auth` mapping already win in openstacksdk too.
 */
export function applyOptionAuth(config: Settings, options: Settings, authType: string): void {
  const aliases = authType === "v2password" ? V2_OPTION_ALIASES : OPTION_ALIASES;
  for (const option of authOptions(authType) ?? []) {
    const names = [option.name, ...(option.deprecated ?? []), ...(aliases[option.name] ?? [])];
    const given = names.map((name) => options.top.get(name)).find((entry) => pyTruthy(entry?.value));
    if (given) config.auth.set(option.dest ?? option.name, given);
  }
}

/**
 * `OS_*` auth variables (`OS_PASSWORD`, …) fill the auth arguments a file cloud leaves out,
 * as the openstack CLI lets them (a password kept out of clouds.yaml); they never replace
 * a value the file gives. openstacksdk ignores them unless the `envvars` cloud is chosen.
 */
export function fillAuthFromEnv(config: Settings, env: Record<string, string | undefined>, authType: string): void {
  const aliases = authType === "v2password" ? V2_OPTION_ALIASES : OPTION_ALIASES;
  for (const option of authOptions(authType) ?? []) {
    const dest = option.dest ?? option.name;
    if (pyTruthy(config.authValue(dest))) continue;
    const names = [option.name, ...(option.deprecated ?? []), ...(aliases[option.name] ?? [])];
    const variable = names.map((name) => `OS_${name.toUpperCase()}`).find((name) => env[name]);
    if (variable) config.auth.set(dest, { value: env[variable], source: `env ${variable}` });
  }
}

import { fillPlaceholders } from "./format.js";
import { pyStr, pyTruthy } from "./python-values.js";
import type { Entry, Settings } from "./settings.js";

/**
 * openstacksdk's "magic fixes": the older spellings clouds.yaml files and OS_* variables
 * still use, rewritten into today's keys in the same order openstacksdk applies them
 * (the order decides which spelling wins when both are given).
 */
export function applyLegacyFixes(config: Settings): void {
  inferToken(config);
  moveTo(config, "passcode");
  foldServiceTimeouts(config);
  const endpointType = take(config, "endpoint_type");
  if (endpointType) config.top.set("interface", endpointType);
  authPluginToAuthType(config);
  projectNames(config);
  serviceEndpointTypes(config);
  domainShortcuts(config);
  for (const key of ["insecure", "cache"]) {
    const entry = config.top.get(key);
    if (entry) config.top.set(key, { ...entry, value: pyBoolean(entry.value) });
  }
  const authUrl = config.auth.get("auth_url");
  if (authUrl && typeof authUrl.value === "string") {
    config.auth.set("auth_url", {
      ...authUrl,
      value: fillPlaceholders(authUrl.value, config.topValues(), authUrl.source),
    });
  }
}

const DEFAULT_SOURCE = "default";

function take(config: Settings, key: string): Entry | undefined {
  const entry = config.top.get(key);
  config.top.delete(key);
  return entry;
}

function moveTo(config: Settings, key: string): void {
  const entry = take(config, key);
  if (entry) config.auth.set(key, entry);
}

/** `auth_token` (novaclient's name) becomes `token`, which later moves into auth. */
function inferToken(config: Settings): void {
  if (!(config.auth.has("token") || pyTruthy(config.value("auth_token")) || pyTruthy(config.value("token")))) return;
  const authToken = take(config, "auth_token");
  if (!config.top.has("token")) config.top.set("token", authToken ?? { value: null, source: DEFAULT_SOURCE });
}

/** Old clients put the service in the timeout's name (`compute_timeout`); there is one timeout. */
function foldServiceTimeouts(config: Settings): void {
  let serviceTimeout: Entry | undefined;
  for (const [key, entry] of [...config.top]) {
    if (key.endsWith("timeout") && key !== "timeout" && key !== "api_timeout") {
      serviceTimeout = entry;
      config.top.delete(key);
    }
  }
  if (serviceTimeout && serviceTimeout.value !== null) config.top.set("api_timeout", serviceTimeout);
}

/** `auth_plugin` is the old name of `auth_type`; `auth_type` wins when both are set. */
function authPluginToAuthType(config: Settings): void {
  let target: Entry | undefined;
  for (const key of ["auth_plugin", "auth_type"]) target = take(config, key) ?? target;
  config.top.set("auth_type", target ?? { value: null, source: DEFAULT_SOURCE });
}

/**
 * v2's `tenant_*` are v3's `project_*` (the other way round for `v2password`); domain and
 * token keys move into auth. Of several spellings the last listed wins.
 */
function projectNames(config: Settings): void {
  const v2 = config.value("auth_type") === "v2password";
  const mappings: [string, string[]][] = [
    ["domain_id", ["domain_id"]],
    ["domain_name", ["domain_name"]],
    ["user_domain_id", ["user_domain_id"]],
    ["user_domain_name", ["user_domain_name"]],
    ["project_domain_id", ["project_domain_id"]],
    ["project_domain_name", ["project_domain_name"]],
    ["token", ["auth_token", "token"]],
    v2 ? ["tenant_id", ["project_id", "tenant_id"]] : ["project_id", ["tenant_id", "project_id"]],
    v2 ? ["tenant_name", ["project_name", "tenant_name"]] : ["project_name", ["tenant_name", "project_name"]],
  ];
  for (const [targetKey, spellings] of mappings) {
    let target: Entry | undefined;
    for (const key of spellings) {
      for (const map of [config.top, config.auth]) {
        const entry = map.get(key);
        if (!entry) continue;
        map.delete(key);
        // openstacksdk would store the text "None" for a `~` value; it is treated as unset.
        if (entry.value !== null) target = { ...entry, value: pyStr(entry.value) };
      }
    }
    if (target && target.value !== "") config.auth.set(targetKey, target);
  }
}

/** `<service>_endpoint_type` is the old name of `<service>_interface`. */
function serviceEndpointTypes(config: Settings): void {
  const entries = [...config.top];
  config.top.clear();
  for (const [key, entry] of entries) {
    config.top.set(key.endsWith("endpoint_type") ? key.replace("endpoint_type", "interface") : key, entry);
  }
}

/**
 * `domain_id`/`domain_name` given once stand for the user's and the project's domain when
 * the cloud is project-scoped (and then no longer scope to the domain); otherwise they are
 * the domain scope.
 */
function domainShortcuts(config: Settings): void {
  const projectScoped = ["project_id", "project_name"].some((key) => config.top.has(key) || config.auth.has(key));
  const shortcuts: [string, string[]][] = [
    ["domain_id", ["user_domain_id", "project_domain_id"]],
    ["domain_name", ["user_domain_name", "project_domain_name"]],
  ];
  for (const [shortcut, targets] of shortcuts) {
    if (!projectScoped) {
      const entry = config.top.get(shortcut);
      if (entry && !config.auth.has(shortcut)) {
        config.top.delete(shortcut);
        config.auth.set(shortcut, entry);
      }
      continue;
    }
    const entry = config.auth.get(shortcut);
    for (const target of targets) {
      if (entry && !config.auth.has(target)) config.auth.set(target, entry);
    }
    config.top.delete(shortcut);
    config.auth.delete(shortcut);
  }
}

/** openstacksdk's `get_boolean`: true, or the text "true" in any case; anything else is false. */
export function pyBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  return typeof value === "string" && value.toLowerCase() === "true";
}

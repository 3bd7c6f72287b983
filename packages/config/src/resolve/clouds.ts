import { ConfigError } from "@openstack-ts/core";
import { DEFAULTS } from "../data/defaults.js";
import type { ConfigFiles, Env } from "../types.js";
import { isMapping } from "./python-values.js";
import type { SourceOf } from "./settings.js";

/** One cloud entry as written, with a way to name where each of its keys came from. */
export interface CloudEntry {
  readonly raw: Record<string, unknown>;
  readonly sourceOf: SourceOf;
}

/** Every cloud there is to choose from, and the one chosen when none is named. */
export interface CloudCatalog {
  readonly clouds: ReadonlyMap<string, CloudEntry>;
  /** Names of the clouds the files define (the `envvars` cloud is not one). */
  readonly fileCloudNames: readonly string[];
  /** The name of the cloud built from `OS_*` variables (`envvars`, or `OS_CLOUD_NAME`). */
  readonly envKey: string;
  readonly defaultCloud: string | undefined;
}

// openstacksdk leaves these out of the `envvars` cloud: test-runner variables, not settings.
const IGNORED_ENV = /^OS_(TEST|STD|LOG)/;
// Variables that only choose a cloud or a file: alone, they do not make an `envvars` cloud.
const SELECTORS: readonly string[] = [
  "OS_CLOUD",
  "OS_REGION_NAME",
  "OS_CLIENT_CONFIG_FILE",
  "OS_CLIENT_SECURE_FILE",
  "OS_CLOUD_NAME",
];

/** openstacksdk's `merge_clouds`: secure.yaml's values over clouds.yaml's, mapping by mapping. */
export function mergeClouds(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = merged[key];
    merged[key] = isMapping(value) ? (isMapping(current) ? mergeClouds(current, value) : { ...value }) : value;
  }
  return merged;
}

/**
 * The clouds of clouds.yaml (secure.yaml merged in), plus the `envvars` cloud, and
 * openstacksdk's choice when no cloud is named: `OS_CLOUD`, else `envvars` when `OS_*`
 * variables set anything, else the only cloud, else a cloud of defaults named `defaults`.
 */
export function cloudCatalog(cloudsDoc: unknown, secureDoc: unknown, env: Env, files: ConfigFiles): CloudCatalog {
  const fileClouds = cloudsOf(cloudsDoc, files.clouds ?? "clouds.yaml");
  const secureClouds = cloudsOf(secureDoc, files.secure ?? "secure.yaml");
  const clouds = new Map<string, CloudEntry>();
  const merged = mergeClouds(fileClouds, secureClouds);
  for (const [name, raw] of Object.entries(merged)) {
    if (!isMapping(raw))
      throw new ConfigError(`${sourceName(files, secureClouds, name, [])} must be a mapping of settings`);
    clouds.set(name, { raw, sourceOf: (path) => sourceName(files, secureClouds, name, path) });
  }
  const fileCloudNames = [...clouds.keys()];

  const envKey = env["OS_CLOUD_NAME"] || "envvars";
  if (clouds.has(envKey)) {
    throw new ConfigError(
      `${files.clouds ?? "clouds.yaml"} defines a cloud named '${envKey}', which is also the name of the cloud made of OS_* variables` +
        (env["OS_CLOUD_NAME"] ? " (OS_CLOUD_NAME)" : "") +
        "; rename one of them",
    );
  }
  let defaultCloud = env["OS_CLOUD"] || undefined;
  const envCloud = environmentCloud(env);
  if (envCloud) {
    clouds.set(envKey, envCloud);
    defaultCloud ??= envKey;
  }
  if (defaultCloud === undefined && clouds.size === 1) defaultCloud = [...clouds.keys()][0];
  if (clouds.size === 0) {
    clouds.set("defaults", { raw: { ...DEFAULTS }, sourceOf: () => "default" });
    defaultCloud = "defaults";
  }
  return { clouds, fileCloudNames, envKey, defaultCloud };
}

/** Every `OS_*` variable as a setting (`OS_AUTH_URL` → `auth_url`), over the defaults. */
function environmentCloud(env: Env): CloudEntry | undefined {
  const names = Object.keys(env).filter(
    (name) => name.startsWith("OS_") && !IGNORED_ENV.test(name) && env[name] !== undefined,
  );
  if (!names.some((name) => !SELECTORS.includes(name))) return undefined;
  const raw: Record<string, unknown> = { ...DEFAULTS };
  const variables = new Map<string, string>();
  for (const name of names) {
    const key = name.slice(3).toLowerCase();
    raw[key] = env[name];
    variables.set(key, name);
  }
  return { raw, sourceOf: (path) => (variables.has(path[0]!) ? `env ${variables.get(path[0]!)}` : "default") };
}

function cloudsOf(doc: unknown, file: string): Record<string, unknown> {
  if (doc === undefined || doc === null) return {};
  if (!isMapping(doc)) throw new ConfigError(`${file} must hold a mapping with a 'clouds' key`);
  const clouds = doc["clouds"];
  if (clouds === undefined || clouds === null) return {};
  if (!isMapping(clouds)) throw new ConfigError(`${file}: 'clouds' must be a mapping of cloud names to settings`);
  return clouds;
}

function sourceName(
  files: ConfigFiles,
  secure: Record<string, unknown>,
  cloud: string,
  path: readonly string[],
): string {
  const inSecure = path.length > 0 && hasPath(secure[cloud], path);
  const file = inSecure ? (files.secure ?? "secure.yaml") : (files.clouds ?? "clouds.yaml");
  return `${file}: ${["clouds", cloud, ...path].join(".")}`;
}

function hasPath(value: unknown, path: readonly string[]): boolean {
  let current = value;
  for (const key of path) {
    if (!isMapping(current) || !(key in current)) return false;
    current = current[key];
  }
  return true;
}

import { ConfigError } from "@openstack-ts/core";
import { parseConfigText } from "./parse-text.js";
import type { ResolvedCloud } from "./resolved-cloud.js";
import { resolveCloud } from "./resolve/resolve-cloud.js";
import type { CloudsConfig, Env, LoadCloudInput, LoadConfigInput } from "./types.js";

/**
 * The documents given in memory (parsed objects, or YAML/JSON text, which is parsed here),
 * or undefined when no `cloudConfig` was given.
 */
export async function inMemoryConfig(input: LoadConfigInput): Promise<CloudsConfig | undefined> {
  if (input.cloudConfig === undefined) return undefined;
  const [clouds, secure, publicClouds] = await Promise.all([
    documentOf(input.cloudConfig, "cloudConfig"),
    documentOf(input.secureConfig, "secureConfig"),
    documentOf(input.publicClouds, "publicClouds"),
  ]);
  return {
    clouds,
    secure,
    publicClouds,
    files: {
      clouds: "cloudConfig",
      secure: secure === undefined ? undefined : "secureConfig",
      publicClouds: publicClouds === undefined ? undefined : "publicClouds",
      searched: [],
    },
  };
}

async function documentOf(value: object | string | undefined, name: string): Promise<object | undefined> {
  if (value === undefined) return undefined;
  const document = typeof value === "string" ? await parseConfigText(value, name) : value;
  if (document === null || document === undefined) return undefined;
  if (typeof document !== "object" || Array.isArray(document)) throw new ConfigError(`${name} must be a mapping (a clouds.yaml document), not ${Array.isArray(document) ? "a list" : typeof document}`);
  return document;
}

const FILE_HINT = "pass cloudConfig (a parsed clouds.yaml, or its YAML text) instead";

/**
 * The browser entry's loader: documents in memory only. Asking it to read files (a
 * directory, a home, OS_CLIENT_CONFIG_FILE) is an error that says so.
 */
export async function loadCloudsConfig(input: LoadConfigInput = {}): Promise<CloudsConfig> {
  const env: Env = input.env ?? {};
  const fileRequest = input.cwd !== undefined ? "cwd" : input.home !== undefined ? "home" :
    env["OS_CLIENT_CONFIG_FILE"] ? "OS_CLIENT_CONFIG_FILE" : env["OS_CLIENT_SECURE_FILE"] ? "OS_CLIENT_SECURE_FILE" : undefined;
  if (fileRequest) {
    throw new ConfigError(`${fileRequest} asks for config files, which this runtime cannot read (the browser entry of @openstack-ts/config): ${FILE_HINT}`);
  }
  return (await inMemoryConfig(input)) ?? { files: { searched: [] } };
}

/** The browser entry's `loadCloud`: resolves from `cloudConfig`, `env` and `options` only. */
export async function loadCloud(input: LoadCloudInput = {}): Promise<ResolvedCloud> {
  const env: Env = input.env ?? {};
  const config = await loadCloudsConfig(input);
  const named = input.cloudName ?? env["OS_CLOUD"];
  if (config.clouds === undefined && named && named !== (env["OS_CLOUD_NAME"] || "envvars")) {
    throw new ConfigError(`Cloud '${named}' cannot be looked up: clouds.yaml cannot be read from disk here; ${FILE_HINT}`);
  }
  return resolveCloud({
    cloudName: input.cloudName,
    ...config,
    env,
    options: input.options,
    validate: input.validate,
    onWarning: input.onWarning,
  });
}

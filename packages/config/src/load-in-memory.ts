import { ConfigError } from "@openstack-ts/core";
import { parseConfigText } from "./parse-text.js";
import type { ResolvedCloud } from "./resolved-cloud.js";
import { resolveCloud } from "./resolve/resolve-cloud.js";
import type { CloudsConfig, Env, LoadCloudInput, LoadConfigInput } from "./types.js";

const NAMES = ["cloudConfig", "secureConfig", "publicClouds"] as const;

/**
 * The documents given in memory (parsed objects, or YAML/JSON text, which is parsed here),
 * or undefined when no `cloudConfig` was given.
 */
export async function inMemoryConfig(input: LoadConfigInput): Promise<CloudsConfig | undefined> {
  if (input.cloudConfig === undefined) return undefined;
  const documents = await Promise.all(
    NAMES.map((name) => (typeof input[name] === "string" ? parseConfigText(input[name], name) : input[name])),
  );
  return assemble(documents);
}

/** The same, at once: text is parsed with `parseText` (the Node entry's synchronous YAML parser). */
export function inMemoryConfigSync(
  input: LoadConfigInput,
  parseText: (text: string, name: string) => unknown,
): CloudsConfig | undefined {
  if (input.cloudConfig === undefined) return undefined;
  return assemble(NAMES.map((name) => (typeof input[name] === "string" ? parseText(input[name], name) : input[name])));
}

function assemble(documents: unknown[]): CloudsConfig {
  const [clouds, secure, publicClouds] = documents.map((document, i) => mapping(document, NAMES[i]!));
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

function mapping(document: unknown, name: string): object | undefined {
  if (document === null || document === undefined) return undefined;
  if (typeof document !== "object" || Array.isArray(document))
    throw new ConfigError(
      `${name} must be a mapping (a clouds.yaml document), not ${Array.isArray(document) ? "a list" : typeof document}`,
    );
  return document;
}

const FILE_HINT = "pass cloudConfig (a parsed clouds.yaml, or its YAML text) instead";

/** Refuses what a browser cannot do: read config files. */
function refuseFiles(input: LoadConfigInput): void {
  const env: Env = input.env ?? {};
  const fileRequest =
    input.cwd !== undefined
      ? "cwd"
      : input.home !== undefined
        ? "home"
        : env["OS_CLIENT_CONFIG_FILE"]
          ? "OS_CLIENT_CONFIG_FILE"
          : env["OS_CLIENT_SECURE_FILE"]
            ? "OS_CLIENT_SECURE_FILE"
            : undefined;
  if (fileRequest) {
    throw new ConfigError(
      `${fileRequest} asks for config files, which this runtime cannot read (the browser entry of @openstack-ts/config): ${FILE_HINT}`,
    );
  }
}

/**
 * The browser entry's loader: documents in memory only. Asking it to read files (a
 * directory, a home, OS_CLIENT_CONFIG_FILE) is an error that says so.
 */
export async function loadCloudsConfig(input: LoadConfigInput = {}): Promise<CloudsConfig> {
  refuseFiles(input);
  return (await inMemoryConfig(input)) ?? { files: { searched: [] } };
}

/** The browser entry's `loadCloud`: resolves from `cloudConfig`, `env` and `options` only. */
export async function loadCloud(input: LoadCloudInput = {}): Promise<ResolvedCloud> {
  return resolveInMemory(input, await loadCloudsConfig(input));
}

/**
 * `loadCloud` at once, for `new Connection({ cloud })`. In a browser only a parsed
 * `cloudConfig` can be used this way: YAML text needs the asynchronous `loadCloud`.
 */
export function loadCloudSync(input: LoadCloudInput = {}): ResolvedCloud {
  refuseFiles(input);
  const config = inMemoryConfigSync(input, (_text, name) => {
    throw new ConfigError(
      `${name} is YAML text, which is parsed asynchronously here: use fromConfig / loadCloud, or pass the parsed document`,
    );
  });
  return resolveInMemory(input, config ?? { files: { searched: [] } });
}

function resolveInMemory(input: LoadCloudInput, config: CloudsConfig): ResolvedCloud {
  const env: Env = input.env ?? {};
  const named = input.cloudName ?? env["OS_CLOUD"];
  if (config.clouds === undefined && named && named !== (env["OS_CLOUD_NAME"] || "envvars")) {
    throw new ConfigError(
      `Cloud '${named}' cannot be looked up: clouds.yaml cannot be read from disk here; ${FILE_HINT}`,
    );
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

import { ConfigError } from "@openstack-ts/core";
import { inMemoryConfigSync } from "../load-in-memory.js";
import type { ResolvedCloud } from "../resolved-cloud.js";
import { resolveCloud } from "../resolve/resolve-cloud.js";
import type { CloudsConfig, Env, LoadCloudInput, LoadConfigInput } from "../types.js";
import { fs, os } from "./builtins.js";
import { parseConfigTextSync } from "./parse-text-sync.js";
import { candidateFiles, configDirectories } from "./search-path.js";

// Not there, not a file, or not ours to read: openstacksdk moves on to the next candidate.
const SKIPPED: readonly string[] = ["ENOENT", "ENOTDIR", "EACCES", "EPERM", "EISDIR"];

/**
 * Finds and parses clouds.yaml, secure.yaml and clouds-public.yaml as openstacksdk does:
 * `OS_CLIENT_CONFIG_FILE` / `OS_CLIENT_SECURE_FILE` first, then each search directory;
 * the first file found wins. Documents given in memory (`cloudConfig`) replace the search.
 * Synchronous, as openstacksdk is: the files are small, and `new Connection({ cloud })`
 * needs them at once.
 */
export function loadCloudsConfigSync(input: LoadConfigInput = {}): CloudsConfig {
  const inMemory = inMemoryConfigSync(input, parseConfigTextSync);
  if (inMemory) return inMemory;
  const env: Env = input.env ?? process.env;
  const platform = process.platform;
  const home = input.home ?? (env["HOME"] || os().homedir());
  const dirs = configDirectories({ env, cwd: input.cwd ?? process.cwd(), home, platform });
  const withOverride = (variable: string, files: string[]) => (env[variable] ? [env[variable]!, ...files] : files);
  const cloudFiles = withOverride("OS_CLIENT_CONFIG_FILE", candidateFiles(dirs, "clouds", platform));
  const clouds = firstDocument(cloudFiles);
  const secure = firstDocument(withOverride("OS_CLIENT_SECURE_FILE", candidateFiles(dirs, "secure", platform)));
  const publicClouds = firstDocument(candidateFiles(dirs, "clouds-public", platform));
  return {
    clouds: clouds?.document,
    secure: secure?.document,
    publicClouds: publicClouds?.document,
    files: { clouds: clouds?.file, secure: secure?.file, publicClouds: publicClouds?.file, searched: cloudFiles },
  };
}

/** `loadCloudsConfigSync`, as a promise: the same signature as the browser entry's. */
export async function loadCloudsConfig(input: LoadConfigInput = {}): Promise<CloudsConfig> {
  return loadCloudsConfigSync(input);
}

/** Loads the config files and resolves one cloud: `resolveCloud` over what was found. */
export async function loadCloud(input: LoadCloudInput = {}): Promise<ResolvedCloud> {
  return loadCloudSync(input);
}

/** `loadCloud` at once, for `new Connection({ cloud })`. */
export function loadCloudSync(input: LoadCloudInput = {}): ResolvedCloud {
  const env: Env = input.env ?? process.env;
  const config = loadCloudsConfigSync({ ...input, env });
  return resolveCloud({
    cloudName: input.cloudName,
    ...config,
    env,
    options: input.options,
    validate: input.validate,
    onWarning: input.onWarning,
  });
}

function firstDocument(files: readonly string[]): { file: string; document: object | undefined } | undefined {
  for (const file of files) {
    let text: string;
    try {
      text = fs().readFileSync(file, "utf8");
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code && SKIPPED.includes(code)) continue;
      throw new ConfigError(`${file} could not be read (${code ?? "error"})`, { cause: error });
    }
    const document = parseConfigTextSync(text, file);
    // An empty file counts as found, as in openstacksdk: the search stops there.
    if (document !== null && (typeof document !== "object" || Array.isArray(document))) {
      throw new ConfigError(
        `${file} must hold a mapping (with a 'clouds' key), not ${Array.isArray(document) ? "a list" : typeof document}`,
      );
    }
    return { file, document: document ?? undefined };
  }
  return undefined;
}

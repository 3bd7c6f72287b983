import { readFile } from "node:fs/promises";
import os from "node:os";
import process from "node:process";
import { ConfigError } from "@openstack-ts/core";
import { inMemoryConfig } from "../load-in-memory.js";
import { parseConfigText } from "../parse-text.js";
import type { ResolvedCloud } from "../resolved-cloud.js";
import { resolveCloud } from "../resolve/resolve-cloud.js";
import type { CloudsConfig, Env, LoadCloudInput, LoadConfigInput } from "../types.js";
import { candidateFiles, configDirectories } from "./search-path.js";

// Not there, not a file, or not ours to read: openstacksdk moves on to the next candidate.
const SKIPPED: readonly string[] = ["ENOENT", "ENOTDIR", "EACCES", "EPERM", "EISDIR"];

/**
 * Finds and parses clouds.yaml, secure.yaml and clouds-public.yaml as openstacksdk does:
 * `OS_CLIENT_CONFIG_FILE` / `OS_CLIENT_SECURE_FILE` first, then each search directory;
 * the first file found wins. Documents given in memory (`cloudConfig`) replace the search.
 */
export async function loadCloudsConfig(input: LoadConfigInput = {}): Promise<CloudsConfig> {
  const inMemory = await inMemoryConfig(input);
  if (inMemory) return inMemory;
  const env: Env = input.env ?? process.env;
  const platform = process.platform;
  const home = input.home ?? (env["HOME"] || os.homedir());
  const dirs = configDirectories({ env, cwd: input.cwd ?? process.cwd(), home, platform });
  const withOverride = (variable: string, files: string[]) => (env[variable] ? [env[variable]!, ...files] : files);
  const cloudFiles = withOverride("OS_CLIENT_CONFIG_FILE", candidateFiles(dirs, "clouds", platform));
  const [clouds, secure, publicClouds] = await Promise.all([
    firstDocument(cloudFiles),
    firstDocument(withOverride("OS_CLIENT_SECURE_FILE", candidateFiles(dirs, "secure", platform))),
    firstDocument(candidateFiles(dirs, "clouds-public", platform)),
  ]);
  return {
    clouds: clouds?.document,
    secure: secure?.document,
    publicClouds: publicClouds?.document,
    files: { clouds: clouds?.file, secure: secure?.file, publicClouds: publicClouds?.file, searched: cloudFiles },
  };
}

/** Loads the config files and resolves one cloud: `resolveCloud` over what `loadCloudsConfig` found. */
export async function loadCloud(input: LoadCloudInput = {}): Promise<ResolvedCloud> {
  const env: Env = input.env ?? process.env;
  const config = await loadCloudsConfig({ ...input, env });
  return resolveCloud({
    cloudName: input.cloudName,
    ...config,
    env,
    options: input.options,
    validate: input.validate,
    onWarning: input.onWarning,
  });
}

async function firstDocument(files: readonly string[]): Promise<{ file: string; document: object | undefined } | undefined> {
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code && SKIPPED.includes(code)) continue;
      throw new ConfigError(`${file} could not be read (${code ?? "error"})`, { cause: error });
    }
    const document = await parseConfigText(text, file);
    // An empty file counts as found, as in openstacksdk: the search stops there.
    if (document !== null && (typeof document !== "object" || Array.isArray(document))) {
      throw new ConfigError(`${file} must hold a mapping (with a 'clouds' key), not ${Array.isArray(document) ? "a list" : typeof document}`);
    }
    return { file, document: document ?? undefined };
  }
  return undefined;
}

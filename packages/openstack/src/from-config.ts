import { ConfigError } from "@openstack-ts/core";
import { Connection } from "./connection.js";
import type { ConnectionOptions } from "./connection-options.js";

/** A clouds.yaml document, already parsed: `{ clouds: { <name>: { auth: {...}, region_name, ... } } }`. */
export interface CloudsDocument {
  clouds: Record<string, Record<string, unknown>>;
}

export interface FromConfigOptions {
  /** The cloud to use. Default: the only cloud in the document. */
  cloudName?: string;
  /** The parsed clouds.yaml document. */
  cloudConfig: CloudsDocument;
  /** Connection options that win over the file (fetch, logger, timeout, …). */
  options?: Partial<ConnectionOptions>;
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A Connection from a clouds.yaml cloud entry. This first version takes the parsed document;
 * file discovery, secure.yaml, OS_* variables and vendor profiles come with @openstack-ts/config.
 */
export async function fromConfig(config: FromConfigOptions): Promise<Connection> {
  const clouds = config.cloudConfig?.clouds;
  if (typeof clouds !== "object" || clouds === null) throw new ConfigError("cloudConfig has no 'clouds' map");
  const names = Object.keys(clouds);
  const name = config.cloudName ?? (names.length === 1 ? names[0] : undefined);
  if (name === undefined) throw new ConfigError(`Name a cloud: the config has ${names.join(", ") || "none"}`);
  const cloud = clouds[name];
  if (!cloud) throw new ConfigError(`No cloud '${name}'; the config has ${names.join(", ") || "none"}`);
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries((cloud["auth"] as Record<string, unknown>) ?? {})) options[camel(key)] = value;
  for (const [key, value] of Object.entries(cloud)) {
    if (key === "auth") continue;
    if (key === "auth_type") options["authPlugin"] = value;
    else options[camel(key)] = value;
  }
  return new Connection({ ...(options as ConnectionOptions), ...config.options });
}

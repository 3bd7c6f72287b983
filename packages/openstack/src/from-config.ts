import { loadCloud, type Env } from "@openstack-ts/config";
import { loadAuthType } from "@openstack-ts/core/logins";
import { Connection } from "./connection.js";
import type { ConnectionOptions } from "./connection-options.js";

export interface FromConfigOptions {
  /** The cloud to use. Default: `OS_CLOUD`, else openstacksdk's default-cloud rules. */
  cloudName?: string;
  /**
   * The clouds.yaml document, parsed or as YAML text, instead of the files. Browsers have
   * no files, so there it is the only source besides `options`.
   */
  cloudConfig?: object | string;
  /** secure.yaml, parsed or as text, merged over `cloudConfig`. */
  secureConfig?: object | string;
  /** Parsed command-line options (`os_region_name`, `os_auth_url`, …), as openstacksdk's argparse support takes them. */
  options?: Record<string, unknown>;
  /** Environment variables. Default: the process's in Node, Deno and Bun; none in a browser. */
  env?: Env;
  /** Connection options that are not configuration (fetch, logger, signal, …), applied last. */
  connection?: Partial<ConnectionOptions>;
  /** Called with each warning the configuration raises (a deprecated profile, …). */
  onWarning?: (message: string) => void;
}

/**
 * A Connection configured the way openstacksdk and the openstack CLI are: clouds.yaml,
 * secure.yaml, `OS_*` variables and vendor profiles, with the same precedence. The resolved
 * configuration stays inspectable as `conn.config`.
 */
export async function fromConfig(config: FromConfigOptions = {}): Promise<Connection> {
  const resolved = await loadCloud({
    cloudName: config.cloudName,
    cloudConfig: config.cloudConfig,
    secureConfig: config.secureConfig,
    options: config.options,
    env: config.env,
    onWarning: config.onWarning ?? config.connection?.logger?.warn?.bind(config.connection.logger),
  });
  // A Connection loads a login's code at its first request (lazy-auth.ts); loading it here
  // instead builds the real plugin in the constructor, with its argument errors thrown now.
  if (!config.connection?.authenticator) {
    await loadAuthType(config.connection?.authPlugin ?? resolved.authType);
  }
  return new Connection({ ...config.connection, config: resolved });
}

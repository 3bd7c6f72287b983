import { ConfigError, type Logger } from "@openstack-ts/core";
import type { TlsOptions } from "./tls.js";

/**
 * The browser's stand-in for ./tls.ts (package.json's `browser` map swaps the files): a
 * browser keeps its own certificate store, so TLS options are a configuration mistake.
 */
export function tlsFetch(
  tls: TlsOptions,
  base: typeof fetch | undefined,
  _logger: Logger | undefined,
): typeof fetch | undefined {
  if (tls.verify === false || tls.cacert !== undefined || tls.cert !== undefined) {
    throw new ConfigError(
      "verify, cacert, cert and key work in Node, Deno and Bun; a browser uses its own certificate store",
    );
  }
  return base;
}

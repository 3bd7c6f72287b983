import path from "node:path";
import { ConfigError } from "@openstack-ts/core";
import type { ResolvedCloud } from "../resolved-cloud.js";
import { fsPromises, os } from "./builtins.js";

export interface TlsMaterial {
  /** PEM text of the CA bundle to trust. */
  cacert?: string;
  /** PEM text of the client certificate and its key. */
  cert?: string;
  key?: string;
}

/**
 * Reads the files a cloud's `cacert`, `cert` and `key` name (with `~` expanded, as
 * openstacksdk does) into PEM text, the form openstack-ts's Connection takes.
 */
export async function readTlsFiles(resolved: ResolvedCloud, home: string = os().homedir()): Promise<TlsMaterial> {
  const out: TlsMaterial = {};
  for (const field of ["cacert", "cert", "key"] as const) {
    const value = resolved[field];
    if (!value) continue;
    if (value.includes("-----BEGIN ")) {
      out[field] = value; // already PEM text
      continue;
    }
    const file = value === "~" ? home : value.startsWith("~/") ? path.join(home, value.slice(2)) : value;
    try {
      out[field] = await fsPromises().readFile(file, "utf8");
    } catch (error) {
      const code = (error as { code?: string }).code ?? "error";
      throw new ConfigError(
        `${field} of cloud '${resolved.name}' (${resolved.sources[field] ?? "config"}) names ${file}, which could not be read (${code})`,
        { cause: error },
      );
    }
  }
  return out;
}

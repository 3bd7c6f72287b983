import { clientFor, ConfigError, InvalidArgumentError, type SessionOrClient } from "@openstack-ts/core";
import { infoIfAvailable } from "../info/info.js";
import { unixSeconds } from "../objects/object-headers.js";
import {
  containerName,
  containerSegment,
  objectName,
  objectNamePath,
  type ContainerRef,
  type ObjectRef,
} from "../paths.js";
import { objectStoreService } from "../descriptor.js";
import { getTempUrlKey } from "./temp-url-keys.js";

export type TempUrlDigest = "sha1" | "sha256" | "sha512";
const HASHES: Record<TempUrlDigest, string> = { sha1: "SHA-1", sha256: "SHA-256", sha512: "SHA-512" };

export interface TempUrlOptions {
  container: ContainerRef;
  /** The object the URL reaches. With `prefix`, optional (the URL then names the prefix) and must start with it. */
  object?: ObjectRef;
  /** Default GET. A GET URL also answers HEAD. */
  method?: "GET" | "HEAD" | "PUT" | "POST" | "DELETE";
  /** Seconds from now the URL works. Give this or `expiresAt`. */
  expiresIn?: number;
  /** When the URL stops working: a Date or Unix seconds. */
  expiresAt?: Date | number;
  /** The signing key. Default: the container's, else the account's (`getTempUrlKey`: two HEAD requests). */
  key?: string;
  /** Default sha256 (sha512 or sha1 where `/info` does not allow it); must be one `/info`'s `tempurl.allowed_digests` lists. */
  digest?: TempUrlDigest;
  /** Only clients from this address or CIDR range may use the URL. */
  ipRange?: string;
  /** Sign every object whose name starts with this, instead of one object. */
  prefix?: string;
  /** Download under this file name (`Content-Disposition`). */
  filename?: string;
  /** Ask the browser to show the object rather than save it. */
  inline?: boolean;
  signal?: AbortSignal;
}

/**
 * A temporary URL: anyone holding it may do `method` on the object (or, with `prefix`, on
 * any object under the prefix) until it expires, with no token. Signed with HMAC by Web
 * Crypto, so it works in a browser (a secure context). The key and the signature are
 * secrets: they appear in the returned URL and nowhere else.
 */
export async function generateTempUrl(target: SessionOrClient, options: TempUrlOptions): Promise<string> {
  const what = "generateTempUrl";
  if (typeof options !== "object" || options === null)
    throw new InvalidArgumentError(`${what} takes an object of options`);
  const method = options.method ?? "GET";
  const expires = expiry(options, what);
  const container = containerSegment(options.container);
  const prefix = options.prefix;
  if (prefix !== undefined && typeof prefix !== "string")
    throw new InvalidArgumentError(`${what}: prefix must be a string`);
  const object = options.object !== undefined ? objectName(options.object) : prefix;
  if (object === undefined) throw new InvalidArgumentError(`${what} needs an object, or a prefix`);
  if (prefix !== undefined && !object.startsWith(prefix))
    throw new InvalidArgumentError(
      `${what}: object ${JSON.stringify(object)} does not start with the prefix ${JSON.stringify(prefix)}`,
    );
  const encodedObject = object === "" ? "" : objectNamePath(object);
  if (prefix !== undefined && prefix !== "") objectNamePath(prefix);
  if (
    options.ipRange !== undefined &&
    (typeof options.ipRange !== "string" || !/^[0-9A-Fa-f.:/]+$/.test(options.ipRange))
  ) {
    throw new InvalidArgumentError(
      `${what}: ipRange must be an IP address or CIDR range, got ${JSON.stringify(options.ipRange)}`,
    );
  }

  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new ConfigError(
      `${what} needs Web Crypto (crypto.subtle); browsers offer it only on https:// pages and localhost`,
    );
  const info = await infoIfAvailable(target, options.signal);
  const digest = chooseDigest(options.digest, info?.tempurl?.allowed_digests, what);
  const allowedMethods = info?.tempurl?.methods;
  if (
    !["GET", "HEAD", "PUT", "POST", "DELETE"].includes(method) ||
    (allowedMethods && !allowedMethods.includes(method))
  ) {
    throw new InvalidArgumentError(
      `${what}: method ${method} is not one temp URLs allow (${(allowedMethods ?? ["GET", "HEAD", "PUT", "POST", "DELETE"]).join(", ")})`,
    );
  }
  const key = options.key ?? (await getTempUrlKey(target, options.container, { signal: options.signal }));
  if (typeof key !== "string" || key === "") {
    throw new InvalidArgumentError(
      `${what}: no temp URL key; pass one as key, or set one with setAccountTempUrlKey or setContainerTempUrlKey`,
    );
  }

  const { url: endpoint } = await clientFor(target, objectStoreService).endpoint(options.signal);
  const account = new URL(endpoint);
  const accountPath = decodeURIComponent(account.pathname.replace(/\/+$/, ""));
  // Swift signs the decoded path; the URL carries it encoded.
  const signedPath = `${prefix !== undefined ? "prefix:" : ""}${accountPath}/${containerName(options.container)}/${prefix ?? object}`;
  const body = [
    ...(options.ipRange !== undefined ? [`ip=${options.ipRange}`] : []),
    method,
    String(expires),
    signedPath,
  ].join("\n");
  const hmacKey = await subtle.importKey(
    "raw",
    new TextEncoder().encode(key),
    { name: "HMAC", hash: HASHES[digest] },
    false,
    ["sign"],
  );
  const signature = hex(new Uint8Array(await subtle.sign("HMAC", hmacKey, new TextEncoder().encode(body))));

  const query = new URLSearchParams({ temp_url_sig: signature, temp_url_expires: String(expires) });
  if (options.ipRange !== undefined) query.set("temp_url_ip_range", options.ipRange);
  if (prefix !== undefined) query.set("temp_url_prefix", prefix);
  if (options.filename !== undefined) query.set("filename", options.filename);
  let search = query.toString();
  // Swift reads a bare `inline`.
  if (options.inline) search += "&inline";
  return `${account.origin}${account.pathname.replace(/\/+$/, "")}/${container}/${encodedObject}?${search}`;
}

function expiry(options: TempUrlOptions, what: string): number {
  const { expiresIn, expiresAt } = options;
  if ((expiresIn === undefined) === (expiresAt === undefined))
    throw new InvalidArgumentError(`${what} needs expiresIn (seconds) or expiresAt, one of them`);
  if (expiresIn !== undefined) {
    if (typeof expiresIn !== "number" || !Number.isInteger(expiresIn) || expiresIn <= 0)
      throw new InvalidArgumentError(`${what}: expiresIn must be a positive whole number of seconds`);
    return Math.floor(Date.now() / 1000) + expiresIn;
  }
  return unixSeconds(expiresAt!, `${what}: expiresAt`);
}

function chooseDigest(
  requested: TempUrlDigest | undefined,
  allowed: readonly string[] | undefined,
  what: string,
): TempUrlDigest {
  if (requested !== undefined) {
    if (!(requested in HASHES))
      throw new InvalidArgumentError(`${what}: digest must be sha1, sha256 or sha512, got ${String(requested)}`);
    if (allowed && !allowed.includes(requested))
      throw new InvalidArgumentError(
        `${what}: this Swift does not accept ${requested} signatures (allowed: ${allowed.join(", ")})`,
      );
    return requested;
  }
  if (!allowed || allowed.includes("sha256")) return "sha256";
  const strongest = (["sha512", "sha1"] as const).find((d) => allowed.includes(d));
  if (!strongest)
    throw new InvalidArgumentError(
      `${what}: this Swift allows no digest the SDK knows (allowed: ${allowed.join(", ")})`,
    );
  return strongest;
}

function hex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += (byte | 0x100).toString(16).slice(1);
  return out;
}

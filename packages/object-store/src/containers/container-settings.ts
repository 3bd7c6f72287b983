import { InvalidArgumentError } from "@openstack-ts/core";
import { headerValue, metadataHeaders, type Metadata } from "../metadata.js";

/** Cross-origin access to a container's objects, for browsers (Swift's container CORS metadata). */
export interface ContainerCors {
  /** Origins allowed to read the objects, e.g. `["https://app.example"]`, or `"*"`. */
  allowOrigin?: string | readonly string[];
  /** Seconds a browser may cache a preflight answer. */
  maxAge?: number;
  /** Response headers a page may read, beyond the simple ones (e.g. `etag`, `x-object-meta-color`). */
  exposeHeaders?: string | readonly string[];
}

/** What can be set on a container when it is created or changed. */
export interface ContainerSettings {
  /** `X-Container-Meta-*`. */
  metadata?: Metadata;
  /** `X-Container-Read`: the read ACL (`.r:*` makes objects public, `.rlistings` their listing). `null` removes it. */
  readAcl?: string | null;
  /** `X-Container-Write`: the write ACL. `null` removes it. */
  writeAcl?: string | null;
  cors?: ContainerCors;
  /** `X-Versions-Location` (versioned_writes): where old versions go. `null` turns it off. */
  versionsLocation?: string | null;
  /** `X-History-Location` (versioned_writes, history mode). `null` turns it off. */
  historyLocation?: string | null;
  /** Any other header, sent as given (quotas, sync, …). */
  headers?: Readonly<Record<string, string>>;
}

/** Settings only a create takes. */
export interface ContainerCreateSettings extends ContainerSettings {
  /** `X-Storage-Policy`: fixed when the container is created. */
  storagePolicy?: string;
}

const list = (value: string | readonly string[]) => (typeof value === "string" ? value : value.join(" "));

/** The request headers for container settings. */
export function containerHeaders(settings: ContainerCreateSettings, what: string): Record<string, string> {
  if (typeof settings !== "object" || settings === null)
    throw new InvalidArgumentError(`${what} takes an object of settings`);
  const headers: Record<string, string> = { ...metadataHeaders("Container", settings.metadata, what) };
  const set = (name: string, value: string | null | undefined, removal: string) => {
    if (value === undefined) return;
    if (value === null) headers[removal] = "x";
    else headers[name] = headerValue(value, `${what}: ${name}`);
  };
  set("X-Container-Read", settings.readAcl, "X-Remove-Container-Read");
  set("X-Container-Write", settings.writeAcl, "X-Remove-Container-Write");
  set("X-Versions-Location", settings.versionsLocation, "X-Remove-Versions-Location");
  set("X-History-Location", settings.historyLocation, "X-Remove-History-Location");
  if (settings.storagePolicy !== undefined)
    headers["X-Storage-Policy"] = headerValue(settings.storagePolicy, `${what}: storagePolicy`);
  const cors = settings.cors;
  if (cors) {
    if (cors.allowOrigin !== undefined)
      headers["X-Container-Meta-Access-Control-Allow-Origin"] = headerValue(
        list(cors.allowOrigin),
        `${what}: cors.allowOrigin`,
      );
    if (cors.maxAge !== undefined) {
      if (!Number.isInteger(cors.maxAge) || cors.maxAge < 0)
        throw new InvalidArgumentError(`${what}: cors.maxAge must be a whole number of seconds`);
      headers["X-Container-Meta-Access-Control-Max-Age"] = String(cors.maxAge);
    }
    if (cors.exposeHeaders !== undefined)
      headers["X-Container-Meta-Access-Control-Expose-Headers"] = headerValue(
        list(cors.exposeHeaders),
        `${what}: cors.exposeHeaders`,
      );
  }
  for (const [name, value] of Object.entries(settings.headers ?? {}))
    headers[name] = headerValue(value, `${what}: header ${name}`);
  return headers;
}

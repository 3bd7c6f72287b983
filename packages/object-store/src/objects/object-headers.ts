import { InvalidArgumentError } from "@openstack-ts/core";
import { headerValue, metadataHeaders, type Metadata } from "../metadata.js";

/** What an upload, copy or metadata change can set on an object. */
export interface ObjectWriteSettings {
  /** `Content-Type`. Left out, Swift guesses from the name's extension. */
  contentType?: string;
  /** `X-Object-Meta-*`. */
  metadata?: Metadata;
  /** `X-Delete-After`: Swift deletes the object this many seconds from now. */
  deleteAfter?: number;
  /** `X-Delete-At`: Swift deletes the object at this time (a Date, or Unix seconds). */
  deleteAt?: Date | number;
  /** Any other header, sent as given (`Content-Disposition`, `Content-Encoding`, `X-Symlink-Target`, …). */
  headers?: Readonly<Record<string, string>>;
}

/** The request headers for object settings, checked. */
export function objectHeaders(settings: ObjectWriteSettings, what: string): Record<string, string> {
  if (typeof settings !== "object" || settings === null)
    throw new InvalidArgumentError(`${what} takes an object of options`);
  const headers: Record<string, string> = { ...metadataHeaders("Object", settings.metadata, what) };
  if (settings.contentType !== undefined)
    headers["Content-Type"] = headerValue(settings.contentType, `${what}: contentType`);
  if (settings.deleteAfter !== undefined && settings.deleteAt !== undefined) {
    throw new InvalidArgumentError(`${what}: give deleteAfter or deleteAt, not both`);
  }
  if (settings.deleteAfter !== undefined)
    headers["X-Delete-After"] = String(wholeSeconds(settings.deleteAfter, `${what}: deleteAfter`));
  if (settings.deleteAt !== undefined)
    headers["X-Delete-At"] = String(unixSeconds(settings.deleteAt, `${what}: deleteAt`));
  for (const [name, value] of Object.entries(settings.headers ?? {}))
    headers[name] = headerValue(value, `${what}: header ${name}`);
  return headers;
}

function wholeSeconds(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0)
    throw new InvalidArgumentError(`${what} must be a positive whole number of seconds`);
  return value;
}

/** A Date or Unix seconds, as whole Unix seconds. */
export function unixSeconds(value: Date | number, what: string): number {
  const seconds = value instanceof Date ? Math.floor(value.getTime() / 1000) : value;
  if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds <= 0)
    throw new InvalidArgumentError(`${what} must be a Date or whole Unix seconds`);
  return seconds;
}

/** An ETag without the quotes Swift puts around a large object's. */
export function bareEtag(value: string | null): string | undefined {
  return value === null ? undefined : value.replace(/^"(.*)"$/, "$1");
}

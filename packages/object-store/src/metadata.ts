import { InvalidArgumentError, redactHeaders } from "@openstack-ts/core";

/** User metadata: Swift keeps it in `X-<Kind>-Meta-<key>` headers. */
export type Metadata = Readonly<Record<string, string>>;

export type MetadataKind = "Account" | "Container" | "Object";

// An HTTP header name's characters (RFC 9110 `token`).
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** `{color: "red"}` → `{"X-Object-Meta-color": "red"}`, keys and values checked. */
export function metadataHeaders(
  kind: MetadataKind,
  metadata: Metadata | undefined,
  what: string,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(metadata ?? {})) {
    headers[`X-${kind}-Meta-${checkKey(key, what)}`] = headerValue(value, `${what}: metadata '${key}'`);
  }
  return headers;
}

/** Headers that remove metadata keys: `X-Remove-Object-Meta-<key>`. */
export function removalHeaders(
  kind: Exclude<MetadataKind, "Object">,
  keys: readonly string[],
  what: string,
): Record<string, string> {
  if (!Array.isArray(keys)) throw new InvalidArgumentError(`${what} takes a list of metadata keys`);
  return Object.fromEntries(keys.map((key) => [`X-Remove-${kind}-Meta-${checkKey(key, what)}`, "x"]));
}

function checkKey(key: string, what: string): string {
  if (!TOKEN.test(key))
    throw new InvalidArgumentError(`${what}: metadata key ${JSON.stringify(key)} is not a valid header name`);
  return key;
}

/**
 * A header value. Swift stores metadata as UTF-8, but `fetch` only sends header bytes
 * 0–255, one per character: non-ASCII text goes out as its UTF-8 bytes, one character
 * each, which is what Swift expects to receive.
 */
export function headerValue(value: unknown, what: string): string {
  if (typeof value !== "string" && typeof value !== "number")
    throw new InvalidArgumentError(`${what} must be a string, got ${value === null ? "null" : typeof value}`);
  const text = String(value);
  if (/[\r\n\0]/.test(text)) throw new InvalidArgumentError(`${what} cannot contain line breaks`);
  if (/^[\x20-\x7e\t]*$/.test(text)) return text;
  let bytes = "";
  for (const byte of new TextEncoder().encode(text)) bytes += String.fromCharCode(byte);
  return bytes;
}

/** The reverse of `headerValue`: a value whose bytes are UTF-8 becomes that text; anything else is kept as it came. */
export function readHeaderValue(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the Latin-1 range, byte for byte, is the point
  if (!/[\x80-\xff]/.test(value) || /[^\x00-\xff]/.test(value)) return value;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(value, (c) => c.charCodeAt(0)));
  } catch {
    return value;
  }
}

/**
 * The user metadata in response headers, keys lowercase (header names are
 * case-insensitive, and `fetch` gives them lowercase), values decoded. Keys in `hidden`
 * (the temp URL keys: secrets) are left out.
 */
export function readMetadata(
  headers: Headers,
  kind: MetadataKind,
  hidden: readonly string[] = [],
): Record<string, string> {
  const prefix = `x-${kind.toLowerCase()}-meta-`;
  const metadata: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!name.startsWith(prefix)) return;
    const key = name.slice(prefix.length);
    if (!hidden.includes(key)) metadata[key] = readHeaderValue(value);
  });
  return metadata;
}

/** The response headers as a plain object, secrets (temp URL keys) replaced by `<redacted>`. */
export function visibleHeaders(headers: Headers): Record<string, string> {
  return redactHeaders(headers);
}

/** A numeric header, or undefined when absent or not a number. */
export function numberHeader(headers: Headers, name: string): number | undefined {
  const value = headers.get(name);
  if (value === null || value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

export const TEMP_URL_KEYS = ["temp-url-key", "temp-url-key-2"] as const;

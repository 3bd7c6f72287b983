import { ResponseValidationError } from "../errors/response-validation-error.js";
import { findNextLink, resolveNextLink } from "./next-link.js";

export interface Page {
  body: unknown;
  headers: Headers;
}

export interface PaginateOptions<T> {
  /** Absolute URL of the first page, filters and `limit` included. */
  firstUrl: string;
  /** The service's base URL, to resolve relative next links. */
  baseUrl: string;
  /** Envelope key of the items; undefined when the body is the array itself (Swift). */
  itemsKey: string | undefined;
  style: "links" | "marker" | "none";
  markerField: string | readonly string[];
  /** The key of the body's links list, when not `<itemsKey>_links`. */
  linksKey?: string | undefined;
  /** Each item's own envelope (Nova keypairs), to look inside for the marker. */
  itemKey?: string | undefined;
  limit?: number | undefined;
  maxItems?: number | undefined;
  fetchPage(url: string): Promise<Page>;
  parse(raw: unknown, url: string, index: number): T;
  /** Keystone's `truncated: true`: its list_limit cut the list and there is no next page. */
  onTruncated?(url: string): void;
}

/**
 * Every OpenStack pagination style in one loop. Follows the next link the response gives
 * (body links, `next`, `Link` header); failing that, asks again with `marker` = the last
 * item when the style is `marker` or a full page came back (openstacksdk's fallback).
 * Stops on an empty page, a URL already fetched, or a page that starts where an earlier
 * one did: a server that ignores `marker` cannot make it loop.
 */
export async function* paginate<T>(options: PaginateOptions<T>): AsyncGenerator<T[]> {
  const { limit, maxItems } = options;
  const seenUrls = new Set<string>();
  const seenStarts = new Set<unknown>();
  let url: string | undefined = options.firstUrl;
  let remaining = maxItems ?? Number.POSITIVE_INFINITY;
  while (url !== undefined && remaining > 0 && !seenUrls.has(url)) {
    seenUrls.add(url);
    const { body, headers } = await options.fetchPage(url);
    const raw = options.itemsKey === undefined ? body : (body as Record<string, unknown> | null)?.[options.itemsKey];
    if (!Array.isArray(raw)) {
      throw new ResponseValidationError({ url, field: options.itemsKey ?? "body", problem: "is not a list" });
    }
    if (raw.length === 0) return;
    const marker = (item: unknown) => markerOf(options.itemKey ? (item as Record<string, unknown> | null)?.[options.itemKey] : item, options.markerField);
    const start = marker(raw[0]);
    if (start !== undefined && seenStarts.has(start)) return;
    seenStarts.add(start);
    const pageUrl: string = url;
    const page = (remaining < raw.length ? raw.slice(0, remaining) : raw).map((item, index) => options.parse(item, pageUrl, index));
    remaining -= page.length;
    yield page;
    if ((body as { truncated?: unknown })?.truncated === true) options.onTruncated?.(url);
    if (options.style === "none") return;
    const link = findNextLink(body, headers, options.itemsKey, options.linksKey);
    if (link) {
      url = resolveNextLink(link, options.baseUrl);
    } else if (options.style === "marker" || (limit !== undefined && raw.length === limit)) {
      const last = marker(raw[raw.length - 1]);
      url = last === undefined ? undefined : withMarker(options.firstUrl, String(last));
    } else {
      url = undefined;
    }
  }
}

/** The first marker field the item has, as text or a number: nothing else can go into a URL. */
function markerOf(item: unknown, fields: string | readonly string[]): string | number | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  if (typeof fields === "string") return markerValue((item as Record<string, unknown>)[fields]);
  for (const field of fields) {
    const value = markerValue((item as Record<string, unknown>)[field]);
    if (value !== undefined) return value;
  }
  return undefined;
}

function markerValue(value: unknown): string | number | undefined {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value)) ? value : undefined;
}

function withMarker(firstUrl: string, marker: string): string {
  const next = new URL(firstUrl);
  next.searchParams.set("marker", marker);
  return next.toString();
}

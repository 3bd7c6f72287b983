import { ApiError } from "./api-error.js";
import type { Ctx, Row } from "./types.js";

/**
 * Each service's own paging, as the real one answers:
 * - `keystone`: no paging at all (`limit` and `marker` are ignored), a `links` object;
 * - `keystone-paged`: Keystone 2025.1's users, groups, projects and domains: with `limit` or
 *   `marker`, pages in id order, and a full page gets `links.next` (the request's query with
 *   `marker` = its last id) and `truncated: true`, even when nothing follows (Keystone cannot
 *   tell once filters applied, and says so in keystone/resource/backends/sql.py);
 * - `neutron`: `limit`/`marker`, `<key>_links` with next and previous, sorted by id when paging;
 * - `nova`: `limit`/`marker` (at most 1000), `<key>_links` with next when a page is full (Cinder too);
 * - `glance`: `limit` (25 by default, at most 1000)/`marker`, a top-level `next`, `first`, `schema`;
 * - `designate`: `limit`/`marker`, a `links` object with `self`, and `next` when a page is full;
 * - `octavia`: `limit` (1000 at most)/`marker`, `<key>_links` always, with `previous` after a
 *   marker and `next` when a page is full, both carrying only limit, sort and marker (no filters);
 *   a marker that names nothing gives an empty page;
 * - `barbican`: `limit` (10 by default, 100 at most)/`offset`, top-level `next`/`previous` with
 *   only limit and offset, and `total`;
 * - `none`: everything at once (Placement).
 * Swift's bare arrays are paged in object-store/listing.ts.
 */
export type PagingStyle =
  | "keystone"
  | "keystone-paged"
  | "neutron"
  | "nova"
  | "glance"
  | "designate"
  | "octavia"
  | "barbican"
  | "none";

/** Query parameters that steer paging and sorting, never filters. */
export const PAGING_PARAMS: Readonly<Record<PagingStyle, readonly string[]>> = {
  keystone: [],
  "keystone-paged": ["limit", "marker"],
  neutron: ["limit", "marker", "page_reverse", "sort_key", "sort_dir", "fields"],
  nova: ["limit", "marker", "sort_key", "sort_dir", "sort", "all_tenants", "offset", "with_count"],
  glance: ["limit", "marker", "sort", "sort_key", "sort_dir"],
  designate: ["limit", "marker", "sort_key", "sort_dir"],
  octavia: ["limit", "marker", "sort", "sort_key", "sort_dir", "page_reverse", "fields"],
  barbican: ["limit", "offset"],
  none: [],
};

export interface PageOptions {
  readonly pluralKey: string;
  readonly idField: string;
  /** The answer to a marker that names no item. */
  readonly badMarker: (marker: string) => ApiError;
}

export interface Page {
  readonly items: Row[];
  /** Body fields beside the items: links, `next`, … */
  readonly extra: Row;
}

function limitOf(ctx: Ctx, fallback: number | undefined, max: number | undefined): number | undefined {
  const raw = ctx.query.get("limit");
  if (raw === null || raw === "") return fallback;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 0)
    throw new ApiError(400, `Invalid limit: '${raw}' must be a non-negative integer`);
  if (limit === 0) return fallback;
  return max === undefined ? limit : Math.min(limit, max);
}

/** The items after the marker; the marker must name one of them. */
function afterMarker(items: Row[], ctx: Ctx, options: PageOptions): Row[] {
  const marker = ctx.query.get("marker");
  if (marker === null || marker === "") return items;
  const index = items.findIndex((item) => String(item[options.idField]) === marker);
  if (index < 0) throw options.badMarker(marker);
  return items.slice(index + 1);
}

/** The request's URL with `marker` replaced (and `limit` kept), for next links. */
function nextQuery(ctx: Ctx, marker: string, limit: number, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of ctx.query) if (name !== "marker" && !(name in extra)) query.append(name, value);
  if (!query.has("limit")) query.set("limit", String(limit));
  query.set("marker", marker);
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  return query.toString();
}

/** The path of the request below the service root: Glance's links leave out any proxy prefix. */
function pathInService(ctx: Ctx): string {
  const root = new URL(ctx.serviceUrl).pathname.replace(/\/+$/, "");
  return ctx.url.pathname.slice(root.length) || "/";
}

/** One page of `items` (already filtered and sorted) in the style's shape. */
export function takePage(style: PagingStyle, items: Row[], ctx: Ctx, options: PageOptions): Page {
  const here = `${ctx.url.origin}${ctx.url.pathname}`;
  switch (style) {
    case "none":
      return { items, extra: {} };
    case "keystone":
      return { items, extra: { links: { next: null, self: ctx.url.toString(), previous: null } } };
    case "keystone-paged": {
      // Keystone's max_db_limit (1000 by default) caps what a client asks for.
      const limit = limitOf(ctx, undefined, 1000);
      const page = afterMarker(items, ctx, options).slice(0, limit);
      const full = limit !== undefined && page.length === limit && page.length > 0;
      const next = full ? `${here}?${nextQuery(ctx, String(page.at(-1)![options.idField]), limit)}` : null;
      const links = { next, self: ctx.url.toString(), previous: null };
      return { items: page, extra: full ? { links, truncated: true } : { links } };
    }
    case "neutron": {
      const limit = limitOf(ctx, undefined, undefined);
      const rest = afterMarker(items, ctx, options);
      if (limit === undefined) return { items: rest, extra: {} };
      const page = rest.slice(0, limit);
      const links: Row[] = [];
      if (page.length === limit)
        links.push({ rel: "next", href: `${here}?${nextQuery(ctx, String(page.at(-1)![options.idField]), limit)}` });
      if (page.length > 0 && (links.length > 0 || ctx.query.has("marker"))) {
        links.push({
          rel: "previous",
          href: `${here}?${nextQuery(ctx, String(page[0]![options.idField]), limit, { page_reverse: "True" })}`,
        });
      }
      return { items: page, extra: links.length > 0 ? { [`${options.pluralKey}_links`]: links } : {} };
    }
    case "nova": {
      const limit = limitOf(ctx, 1000, 1000)!;
      const page = afterMarker(items, ctx, options).slice(0, limit);
      const full = page.length === limit && page.length > 0;
      const next = full
        ? [{ rel: "next", href: `${here}?${nextQuery(ctx, String(page.at(-1)![options.idField]), limit)}` }]
        : [];
      return { items: page, extra: next.length > 0 ? { [`${options.pluralKey}_links`]: next } : {} };
    }
    case "designate": {
      // Designate's default_limit_v2 (20) and max_limit_v2 (1000)
      const limit = limitOf(ctx, 20, 1000)!;
      const page = afterMarker(items, ctx, options).slice(0, limit);
      const links: Row = { self: ctx.url.toString() };
      if (page.length === limit && page.length > 0)
        links["next"] = `${here}?${nextQuery(ctx, String(page.at(-1)![options.idField]), limit)}`;
      return { items: page, extra: { links, metadata: { total_count: items.length } } };
    }
    case "octavia": {
      const limit = limitOf(ctx, 1000, 1000)!;
      const marker = ctx.query.get("marker");
      const start = marker ? items.findIndex((item) => String(item[options.idField]) === marker) : -1;
      const page = marker && start < 0 ? [] : items.slice(start + 1, start + 1 + limit);
      const base = new URLSearchParams({ limit: String(limit) });
      for (const name of ["sort", "sort_key"]) if (ctx.query.has(name)) base.set(name, ctx.query.get(name)!);
      const link = (rel: string, extra: Record<string, string>) => ({
        href: `${here}?${new URLSearchParams({ ...Object.fromEntries(base), ...extra })}`,
        rel,
      });
      const links: Row[] = [];
      if (page.length > 0 && marker)
        links.push(link("previous", { marker: String(page[0]![options.idField]), page_reverse: "True" }));
      if (page.length > 0 && page.length >= limit)
        links.push(link("next", { marker: String(page.at(-1)![options.idField]) }));
      return { items: page, extra: { [`${options.pluralKey}_links`]: links } };
    }
    case "barbican": {
      const limit = limitOf(ctx, 10, 100)!;
      const raw = ctx.query.get("offset");
      const offset = raw === null || raw === "" ? 0 : Number(raw);
      if (!Number.isInteger(offset) || offset < 0) throw new ApiError(400, `Invalid offset: '${raw}'`);
      const page = items.slice(offset, offset + limit);
      const extra: Row = {};
      const at = (start: number) => `${here}?limit=${limit}&offset=${start}`;
      if (offset > 0) extra["previous"] = at(Math.max(0, offset - limit));
      if (offset + limit < items.length) extra["next"] = at(offset + limit);
      return { items: page, extra: { ...extra, total: items.length } };
    }
    case "glance": {
      const limit = limitOf(ctx, 25, 1000)!;
      const page = afterMarker(items, ctx, options).slice(0, limit);
      const path = pathInService(ctx);
      const extra: Row = {
        first: ctx.url.search ? `${path}${ctx.url.search}` : path,
        schema: `/v2/schemas/${options.pluralKey}`,
      };
      if (page.length === limit && page.length > 0)
        extra["next"] = `${path}?${nextQuery(ctx, String(page.at(-1)![options.idField]), limit)}`;
      return { items: page, extra };
    }
  }
}

/** Sort keys from `sort_key`/`sort_dir` pairs or Glance's and Cinder's `sort=name:desc,id`. */
export function sortKeys(ctx: Ctx, defaultDirection: "asc" | "desc"): { field: string; descending: boolean }[] {
  const keys = ctx.query.getAll("sort_key");
  const dirs = ctx.query.getAll("sort_dir");
  const fromPairs = keys.map((field, i) => ({
    field,
    descending: (dirs[i] ?? dirs[0] ?? defaultDirection).toLowerCase() === "desc",
  }));
  const fromSort = ctx.query
    .getAll("sort")
    .flatMap((value) => value.split(","))
    .filter(Boolean)
    .map((entry) => {
      const [field, dir] = entry.split(":");
      return { field: field!.trim(), descending: (dir ?? defaultDirection).trim().toLowerCase() === "desc" };
    });
  return [...fromSort, ...fromPairs];
}

/** Sorts by the keys, stable (ties keep their order). */
export function sortBy(items: Row[], keys: readonly { field: string; descending: boolean }[]): Row[] {
  if (keys.length === 0) return items;
  const value = (item: Row, field: string) => item[field] ?? "";
  return [...items].sort((a, b) => {
    for (const { field, descending } of keys) {
      const x = value(a, field);
      const y = value(b, field);
      const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      if (order !== 0) return descending ? -order : order;
    }
    return 0;
  });
}

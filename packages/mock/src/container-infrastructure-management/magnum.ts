import { fail } from "../engine/api-error.js";
import { authOf, type Ctx, type Row } from "../engine/types.js";

/** `2026-12-06T18:47:40+00:00`: Magnum's times, whole seconds with an offset. */
export const magnumTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}+00:00`;

/** Magnum's self and bookmark links of a record. */
export const magnumLinks = (ctx: Ctx, collection: string, id: string): Row[] => [
  { href: `${ctx.serviceUrl}/v1/${collection}/${id}`, rel: "self" },
  { href: `${ctx.serviceUrl}/${collection}/${id}`, rel: "bookmark" },
];

/** A record of the caller's project by uuid, else by name; Magnum's 404 otherwise. */
export function findMagnum(ctx: Ctx, rows: Row[], what: string, identity: string | undefined): Row {
  const mine = rows.filter((row) => row["project_id"] === authOf(ctx).projectId);
  const found = mine.find((row) => row["uuid"] === identity) ?? mine.find((row) => row["name"] === identity);
  return found ?? fail(404, `${what} ${identity} could not be found.`);
}

/**
 * Magnum's list: sorted by `sort_key` (default `id`, the database's order of creation) and
 * `sort_dir`, after `marker` (a uuid), `limit` long (1000 at most); a full page gets `next`,
 * the same query with the page's last uuid as marker.
 */
export function magnumPage(ctx: Ctx, rows: Row[], path: string, what: string): { items: Row[]; next?: string } {
  const key = ctx.query.get("sort_key") ?? "id";
  const dir = ctx.query.get("sort_dir") ?? "asc";
  let items = [...rows].sort((a, b) => {
    const order = key === "id" ? a["id"] - b["id"] : String(a[key] ?? "").localeCompare(String(b[key] ?? ""));
    return dir === "desc" ? -order : order;
  });
  const marker = ctx.query.get("marker");
  if (marker !== null) {
    const at = items.findIndex((row) => row["uuid"] === marker);
    if (at < 0) fail(404, `${what} ${marker} could not be found.`);
    items = items.slice(at + 1);
  }
  const limit = Math.min(Number(ctx.query.get("limit") ?? 1000), 1000);
  items = items.slice(0, limit);
  if (items.length < limit || items.length === 0) return { items };
  const query = `sort_key=${key}&sort_dir=${dir}&limit=${limit}&marker=${items.at(-1)!["uuid"]}`;
  return { items, next: `${ctx.serviceUrl}/v1/${path}?${query}` };
}

/** The next integer id of a table: Magnum's primary keys, the default sort. */
export const nextId = (rows: Row[]): number => rows.reduce((max, row) => Math.max(max, row["id"]), 0) + 1;

import { fail } from "../engine/api-error.js";
import type { Ctx, Row } from "../engine/types.js";

/**
 * The compute hosts Masakari's API finds in Nova: the real cloud's one (e2e/cloud's nova.conf
 * `host`), so that the same files hold on both clouds, and the one the fake Nova puts servers on.
 */
export const COMPUTE_HOSTS = ["loopback-cloud", "mock-compute"];

/** `2026-12-06T16:06:37.000000`: Masakari keeps whole seconds. */
export const masakariTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}.000000`;

/** Masakari's records carry soft-delete fields that are never set for a live one. */
export const SOFT_DELETE = { deleted_at: null, deleted: false } as const;

/** The next integer id of a table, as Masakari's database gives one. */
export const nextId = (rows: Row[]): number => rows.reduce((max, row) => Math.max(max, row["id"]), 0) + 1;

export function findSegment(ctx: Ctx, id: string | undefined): Row {
  const segment = ctx.cloud.state.haSegments.find((s) => s["uuid"] === id);
  return segment ?? fail(404, `No failover segment with id ${id}.`);
}

const truthy = (value: string) => ["true", "1", "yes", "on"].includes(value.toLowerCase());

/**
 * Masakari's list: filtered by the fields given (booleans as words), sorted by `sort_key`
 * (default `created_at`, newest first, then by id), after `marker` (the integer id, as the
 * database's primary key; a uuid fails inside the real one), `limit` long; no links.
 */
export function masakariList(ctx: Ctx, rows: Row[], filters: readonly string[]): Row[] {
  let items = rows;
  for (const name of filters) {
    const wanted = ctx.query.get(name);
    if (wanted === null) continue;
    items = items.filter((row) =>
      typeof row[name] === "boolean" ? row[name] === truthy(wanted) : String(row[name]) === wanted,
    );
  }
  const key = ctx.query.get("sort_key") ?? "created_at";
  const descending = (ctx.query.get("sort_dir") ?? "desc").toLowerCase() === "desc";
  items = [...items].sort((a, b) => {
    const order = String(a[key]).localeCompare(String(b[key])) || a["id"] - b["id"];
    return descending ? -order : order;
  });
  const marker = ctx.query.get("marker");
  if (marker !== null) {
    const at = items.findIndex((row) => String(row["id"]) === marker);
    if (at < 0) fail(400, `Marker ${marker} could not be found.`);
    items = items.slice(at + 1);
  }
  const limit = ctx.query.get("limit");
  return limit === null ? items : items.slice(0, Number(limit));
}

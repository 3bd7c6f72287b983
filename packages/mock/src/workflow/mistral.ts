import { fail } from "../engine/api-error.js";
import type { Ctx, Row } from "../engine/types.js";

/** `2026-12-06 15:58:18`: Mistral's times. */
export const mistralTime = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace("T", " ");

export const v2Of = (ctx: Ctx): string => `${ctx.serviceUrl}/v2`;

/** The caller's records, and (for workflows) the public ones of others. */
export function visible(ctx: Ctx, rows: Row[]): Row[] {
  const project = ctx.auth?.projectId;
  return rows.filter((row) => row["project_id"] === project || row["scope"] === "public");
}

/**
 * Mistral's list: in creation order (`created_at,id` ascending), filtered by the fields given,
 * after `marker`, `limit` long; a full page gets a top-level `next` with the sort, limit and marker.
 */
export function mistralList(ctx: Ctx, rows: Row[], key: string, filters: readonly string[], show: (row: Row) => Row) {
  let items = rows;
  for (const name of filters) {
    const wanted = ctx.query.get(name);
    if (wanted !== null) items = items.filter((row) => String(row[name] ?? "") === wanted);
  }
  const marker = ctx.query.get("marker");
  if (marker !== null) {
    const at = items.findIndex((row) => row["id"] === marker);
    if (at < 0) fail(404, `${key} not found [id=${marker}]`);
    items = items.slice(at + 1);
  }
  const limit = ctx.query.has("limit") ? Number(ctx.query.get("limit")) : undefined;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    fail(400, `Limit must be positive: ${ctx.query.get("limit")}`);
  const page = limit === undefined ? items : items.slice(0, limit);
  const body: Row = { [key]: page.map(show) };
  if (limit !== undefined && page.length === limit) {
    const query = `sort_keys=created_at,id&sort_dirs=asc,asc&limit=${limit}&marker=${page.at(-1)!["id"]}`;
    body["next"] = `${v2Of(ctx)}/${key}?${query}`;
  }
  return body;
}

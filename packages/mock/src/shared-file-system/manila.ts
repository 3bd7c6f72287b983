import { fail } from "../engine/api-error.js";
import type { Ctx, Row } from "../engine/types.js";

/** The one pool of the fake share service, named as the real cloud's dummy backend names it. */
export const POOL = "loopback@dummy#fake_pool_for_dummy";

/** Manila's v2 root under the fake's prefix. */
export const v2Of = (ctx: Ctx): string => `${ctx.serviceUrl}/v2`;

/** Manila's self and bookmark links of `path` (`shares/<id>`). */
export function manilaLinks(ctx: Ctx, path: string): Row[] {
  return [
    { rel: "self", href: `${v2Of(ctx)}/${path}` },
    { rel: "bookmark", href: `${ctx.serviceUrl}/${path}` },
  ];
}

/** Manila's bare 404 (a share or snapshot it cannot find says no more than this). */
export const notFound = (): never => fail(404, "The resource could not be found.");

/** `Invalid input received: …`, Manila's 400 for a value it will not take. */
export const invalidInput = (what: string): never => fail(400, `Invalid input received: ${what}`);

/** Items the caller's project owns (an admin sees its own too, as Manila lists without all_tenants). */
export function ownedBy(ctx: Ctx, rows: Row[]): Row[] {
  const project = ctx.auth?.projectId;
  return rows.filter((row) => row["project_id"] === project);
}

/** One of `rows` by id, the caller's, or Manila's bare 404. */
export function findOwned(ctx: Ctx, rows: Row[], id: string | undefined): Row {
  return ownedBy(ctx, rows).find((row) => row["id"] === id) ?? notFound();
}

/**
 * Manila's list: newest first, filtered by the fields named in `filters` (others ignored, as
 * Manila ignores them), `offset` then `limit`; a full page gets `<key>_links` with next, the
 * request's query plus a `marker` Manila itself never reads.
 */
export function manilaList(
  ctx: Ctx,
  rows: Row[],
  key: string,
  filters: readonly string[],
  show: (row: Row) => Row,
): Row {
  let items = [...rows].reverse();
  for (const name of filters) {
    const wanted = ctx.query.get(name);
    if (wanted !== null) items = items.filter((row) => String(row[name] ?? "") === wanted);
  }
  const like = ctx.query.get("name~");
  if (like !== null) items = items.filter((row) => String(row["name"] ?? "").includes(like));
  const offset = Number(ctx.query.get("offset") ?? 0);
  const limit = ctx.query.has("limit") ? Number(ctx.query.get("limit")) : undefined;
  if (!Number.isInteger(offset) || offset < 0) fail(400, "offset param must be positive");
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) fail(400, "limit param must be positive");
  const page = items.slice(offset, limit === undefined ? undefined : offset + limit);
  if (limit === undefined || page.length < limit || page.length === 0) return { [key]: page.map(show) };
  const query = new URLSearchParams(ctx.query);
  query.delete("marker");
  query.set("marker", String(page.at(-1)!["id"]));
  return { [key]: page.map(show), [`${key}_links`]: [{ rel: "next", href: `${v2Of(ctx)}/${key}?${query}` }] };
}

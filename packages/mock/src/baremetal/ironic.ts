import { fail } from "../engine/api-error.js";
import type { Ctx, Row } from "../engine/types.js";

/** The one conductor the fake cloud has, named as the real cloud's (e2e/cloud) names itself. */
export const CONDUCTOR = "127.0.0.1";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/** `2026-12-06T15:28:24+00:00`: Ironic's created_at and updated_at. */
export const ironicTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}+00:00`;

/** `2026-12-06T15:34:26.675344+00:00`: Ironic's provision_updated_at. */
export const ironicMicroTime = (ms: number): string =>
  `${new Date(ms).toISOString().slice(0, 19)}.${String(ms % 1000).padStart(3, "0")}000+00:00`;

/** The `v1` root of the fake Ironic. */
export const v1Of = (ctx: Ctx): string => `${ctx.serviceUrl}/v1`;

/** Ironic's self and bookmark links of `path` (`nodes/<uuid>`). */
export function ironicLinks(ctx: Ctx, path: string): Row[] {
  return [
    { href: `${ctx.serviceUrl}/v1/${path}`, rel: "self" },
    { href: `${ctx.serviceUrl}/${path}`, rel: "bookmark" },
  ];
}

/** A node by uuid or name, as Ironic finds one; its 404 otherwise. */
export function findNode(ctx: Ctx, ident: string): Row {
  const node = ctx.cloud.state.ironicNodes.find((n) => (isUuid(ident) ? n["uuid"] === ident : n["name"] === ident));
  return node ?? fail(404, `Node ${ident} could not be found.`);
}

/** Refuses query parameters Ironic's list does not take, in its words. */
export function refuseUnknownQuery(ctx: Ctx, known: readonly string[]): void {
  const unknown = [...new Set(ctx.query.keys())].filter((name) => !known.includes(name));
  if (unknown.length) fail(400, `Unexpected arguments: ${unknown.join(", ")}`);
}

/**
 * One page of `items` (in creation order, Ironic's default `id` sort) after `marker` (a uuid),
 * `limit` long (Ironic's max_limit, 1000, when not given), with Ironic's `next` when the page
 * is full: the list's URL with only the sort, `fields` (the short list's), limit and marker.
 */
export function ironicPage(
  ctx: Ctx,
  items: Row[],
  list: { path: string; what: string; fields?: string },
): { items: Row[]; next?: string } {
  const { path, what, fields } = list;
  const rawLimit = ctx.query.get("limit");
  const limit = rawLimit === null ? 1000 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 0) fail(400, `Value should be positive integer: ${rawLimit}`);
  const effective = limit === 0 ? 1000 : Math.min(limit, 1000);
  const marker = ctx.query.get("marker");
  let start = 0;
  if (marker !== null) {
    if (!isUuid(marker)) fail(400, `Expected UUID for marker: ${marker}`);
    const at = items.findIndex((item) => item["uuid"] === marker);
    if (at < 0) fail(404, `${what} ${marker} could not be found.`);
    start = at + 1;
  }
  const page = items.slice(start, start + effective);
  if (page.length < effective || page.length === 0) return { items: page };
  const query = new URLSearchParams({ sort_key: "id", sort_dir: "asc" });
  if (fields) query.set("fields", fields);
  query.set("limit", String(effective));
  query.set("marker", String(page.at(-1)!["uuid"]));
  return { items: page, next: `${v1Of(ctx)}/${path}?${query.toString().replace(/%2C/g, ",")}` };
}

/** One RFC 6902 operation of an Ironic PATCH. */
interface Operation {
  readonly op?: unknown;
  readonly path?: unknown;
  readonly value?: unknown;
}

/**
 * Applies Ironic's JSON patch to a copy of `item`: top-level fields in `updatable` (a removed
 * one becomes null, or `{}` for an object field), or keys inside an object field
 * (`/extra/rack`). Returns the patched copy; refuses other paths as Ironic does.
 */
export function applyPatch(item: Row, operations: unknown, updatable: readonly string[]): Row {
  if (!Array.isArray(operations)) fail(400, "Invalid input for field/attribute patch. Value: not a list.");
  const patched = structuredClone(item);
  for (const { op, path, value } of operations as Operation[]) {
    const parts = typeof path === "string" ? path.split("/").slice(1) : [];
    const [field, ...inner] = parts;
    if (!field || !updatable.includes(field))
      fail(400, `Cannot patch ${String(path)}. Only the following can be updated: ${updatable.join(", ")}`);
    if (op !== "add" && op !== "replace" && op !== "remove") fail(400, `Invalid patch operation: ${String(op)}`);
    if (inner.length === 0) {
      const wasObject = typeof patched[field] === "object" && patched[field] !== null;
      patched[field] = op === "remove" ? (wasObject ? {} : null) : value;
      continue;
    }
    let target: Row = (patched[field] ??= {});
    for (const key of inner.slice(0, -1)) target = target[key] ??= {};
    const last = inner.at(-1)!;
    if (op === "remove") {
      if (!(last in target)) fail(400, `can't remove non-existent object '${last}'`);
      delete target[last];
    } else target[last] = value;
  }
  return patched;
}

// Cinder's wording, links and microversion-dependent fields.
import { ApiError } from "../engine/api-error.js";
import { atLeast } from "../engine/microversion.js";
import type { Ctx, Row } from "../engine/types.js";

export const notFound = (what: string) => (id: string) => new ApiError(404, `${what} ${id} could not be found.`);

export const invalid = (what: string, reason: string) => new ApiError(400, `Invalid ${what}: ${reason}`);

/** Cinder's self and bookmark links, under the project of the URL. */
export function links(ctx: Ctx, collection: string, id: string) {
  const project = ctx.params["project_id"] ?? ctx.auth?.projectId ?? "";
  return [
    { rel: "self", href: `${ctx.serviceUrl}/v3/${project}/${collection}/${id}` },
    { rel: "bookmark", href: `${ctx.serviceUrl}/${project}/${collection}/${id}` },
  ];
}

/** Leaves out fields that came with a later microversion, and those only admins see. */
export function shown(item: Row, ctx: Ctx, since: readonly [string, string][], adminOnly: readonly string[]): Row {
  const result: Row = {};
  for (const [key, value] of Object.entries(item)) if (!key.startsWith("_")) result[key] = value;
  for (const [field, version] of since) if (!atLeast(ctx.microversion, version)) delete result[field];
  if (!ctx.auth?.isAdmin) for (const field of adminOnly) delete result[field];
  return result;
}

export const truthy = (value: string | undefined) => ["true", "1", "yes"].includes(String(value).toLowerCase());

/** `metadata={"k": "v"}`: every pair must match. */
export function metadataFilter(item: Row, [value]: readonly string[]): boolean {
  try {
    const wanted = JSON.parse(value ?? "{}") as Row;
    return Object.entries(wanted).every(([k, v]) => item["metadata"]?.[k] === v);
  } catch {
    return false;
  }
}

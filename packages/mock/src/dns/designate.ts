import { ApiError } from "../engine/api-error.js";
import type { Ctx, Row } from "../engine/types.js";

/** Designate's timestamps: `2014-07-07T18:25:31.000000`, no zone. */
export const designateTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}.000000`;

/** The pool every zone of the fake is scheduled to (Designate's default pool id). */
export const DEFAULT_POOL = "794ccc2c-d751-44fe-b57f-8894c9f5c842";

/** Designate's names for its objects, and the `type` of their 404 (as captured from the real one). */
const NOT_FOUND_TYPES = {
  Zone: "zone_not_found",
  RecordSet: "recordset_not_found",
  ZoneExport: "zone_export_not_found",
  ZoneImport: "zone_import_not_found",
  ZoneTransferRequest: "zone_transfer_request_not_found",
  ZoneTransferAccept: "zone_transfer_accept_not_found",
} as const;
export type DesignateObject = keyof typeof NOT_FOUND_TYPES;

/** A 404 in Designate's words: `{"code": 404, "type": "zone_not_found", "message": "Could not find Zone"}`, no id. */
export const notFound = (what: DesignateObject) => (_id?: string) =>
  new ApiError(404, `Could not find ${what}`, { type: NOT_FOUND_TYPES[what] });

/** Designate's 409 for a name taken: `duplicate_zone`, "Duplicate Zone". */
export const duplicate = (what: "Zone" | "RecordSet") =>
  new ApiError(409, `Duplicate ${what}`, { type: `duplicate_${what.toLowerCase()}` });

/** `links.self` of an item, under the service's v2 root. */
export const selfLink = (ctx: Ctx, path: string): Row => ({ self: `${ctx.serviceUrl}/v2/${path}` });

/** The Location header Designate sends with every create. */
export const locationOf = (ctx: Ctx, path: string): Record<string, string> => ({
  Location: `${ctx.serviceUrl}/v2/${path}`,
});

/**
 * Designate's asynchronous changes: the item is PENDING with its action at once, and after
 * the cloud's delay (the worker, then the nameservers) ACTIVE with action NONE.
 */
export function pendingThenActive(item: Row, action: "CREATE" | "UPDATE", ctx: Ctx): void {
  Object.assign(item, { status: "PENDING", action });
  ctx.cloud.later(() => {
    if (item["status"] === "PENDING" && item["action"] === action)
      Object.assign(item, { status: "ACTIVE", action: "NONE" });
  });
}

/** A body's refusal as Designate's schema validation words it. */
export const invalid = (message: string) => new ApiError(400, message, { type: "invalid_object" });

/** Designate's answer to a marker that names nothing: it prints the marker as `None`, whatever was given. */
export const badMarker = () => new ApiError(400, "Marker None could not be found", { type: "marker_not_found" });

/**
 * Checks a list's query as Designate does before anything is read: filters it does not know
 * (`Invalid filters foo`) and a limit outside 1…1000 (`invalid_limit`). Paging and sorting
 * parameters are always allowed.
 */
export function checkListQuery(ctx: Ctx, filters: readonly string[]): void {
  const allowed = new Set([...filters, "limit", "marker", "sort_key", "sort_dir"]);
  const unknown = [...new Set(ctx.query.keys())].filter((name) => !allowed.has(name));
  if (unknown.length > 0) throw new ApiError(400, `Invalid filters ${unknown.join(", ")}`, { type: "bad_request" });
  // Designate sorts ascending unless told otherwise; the engine's default for this paging is descending
  if (ctx.query.has("sort_key") && !ctx.query.has("sort_dir")) ctx.query.set("sort_dir", "asc");
  const limit = ctx.query.get("limit");
  if (limit !== null && !(/^\d+$/.test(limit) && Number(limit) >= 1 && Number(limit) <= 1000))
    throw new ApiError(400, "limit should be an integer between 1 and 1000", { type: "invalid_limit" });
}

import { ApiError } from "../engine/api-error.js";
import type { Ctx, Row } from "../engine/types.js";

/** Designate's timestamps: `2014-07-07T18:25:31.000000`, no zone. */
export const designateTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}.000000`;

/** The pool every zone of the fake is scheduled to (Designate's default pool id). */
export const DEFAULT_POOL = "794ccc2c-d751-44fe-b57f-8894c9f5c842";

/** A 404 in Designate's words: `{"code": 404, "type": "zone_not_found", …}` (the error style renders it). */
export const notFound = (what: "Zone" | "RecordSet") => (id: string) =>
  new ApiError(404, `Could not find ${what} ${id}`, { type: `${what === "Zone" ? "zone" : "recordset"}_not_found` });

/** `links.self` of an item, under the service's v2 root. */
export const selfLink = (ctx: Ctx, path: string): Row => ({ self: `${ctx.serviceUrl}/v2/${path}` });

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

// Nova's wording and links, shared by its collections.
import { ApiError } from "../engine/api-error.js";
import { atLeast } from "../engine/microversion.js";
import type { Ctx } from "../engine/types.js";

/** `{"itemNotFound": {"code": 404, "message": "Flavor x could not be found."}}` */
export const notFound = (what: string) => (id: string) => new ApiError(404, `${what} ${id} could not be found.`);

export const badRequest = (message: string) => new ApiError(400, message);

/** Nova's refusal of a policy: `Policy doesn't allow os_compute_api:… to be performed.` */
export const policy = (rule: string) => new ApiError(403, `Policy doesn't allow ${rule} to be performed.`);

/** Nova's self and bookmark links of an item. */
export function links(ctx: Ctx, collection: string, id: string) {
  return [
    { rel: "self", href: `${ctx.serviceUrl}/v2.1/${collection}/${id}` },
    { rel: "bookmark", href: `${ctx.serviceUrl}/${collection}/${id}` },
  ];
}

/** True when the request's microversion is at least `version`. */
export const since = (ctx: Ctx, version: string): boolean => atLeast(ctx.microversion, version);

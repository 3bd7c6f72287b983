import { ApiError } from "../engine/api-error.js";
import { findItem } from "../engine/crud.js";
import { bytes, empty } from "../engine/respond.js";
import type { Route } from "../engine/types.js";
import { barbicanTime } from "./barbican.js";
import { mediaType, payloadOfUpload, servedAs } from "./payloads.js";
import { payloadOf, secrets } from "./secrets.js";

/**
 * A secret's payload: read (`GET …/payload`, in the media type asked for) and stored once on
 * a secret made without one (`PUT /v1/secrets/{id}`, raw bytes or base64, 204; 409 after).
 */
export function payloadRoutes(): Route[] {
  return [
    {
      method: "GET",
      path: "v1/secrets/:id/payload",
      handle: (ctx) => {
        const payload = payloadOf(findItem(secrets, ctx));
        if (!payload) throw new ApiError(404, "Not Found. Sorry but your secret has no payload.");
        const type = servedAs(payload.type, ctx.request.headers.get("accept"));
        const contentType = type === "text/plain" ? "text/plain; charset=UTF-8" : type;
        return bytes(payload.bytes, 200, { "Content-Type": contentType });
      },
    },
    {
      method: "PUT",
      path: "v1/secrets/:id",
      handle: async (ctx) => {
        const secret = findItem(secrets, ctx);
        if (payloadOf(secret)) throw new ApiError(409, "Secret already has data, cannot modify it.");
        const type = ctx.request.headers.get("content-type");
        if (!type) throw new ApiError(415, "Unsupported Media Type: a payload needs its Content-Type.");
        const data = payloadOfUpload(await ctx.bytes(), ctx.request.headers.get("content-encoding"));
        if (data.byteLength === 0) throw new ApiError(400, "No payload provided for this secret.");
        Object.assign(secret, { payload: data, payload_type: mediaType(type), updated: barbicanTime(ctx.cloud.now()) });
        return empty(204);
      },
    },
  ];
}

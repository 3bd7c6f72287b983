import { ApiError } from "../engine/api-error.js";
import { findItem } from "../engine/crud.js";
import { bytes, empty, json } from "../engine/respond.js";
import { isoSeconds } from "../engine/time.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { checkFormat, CORE, imageView, READ_ONLY, readOnly } from "./glance.js";
import { images, storeData } from "./images.js";

const PATCH_TYPES = ["application/openstack-images-v2.1-json-patch", "application/openstack-images-v2.0-json-patch"];

/** Applies Glance's JSON patch: add, replace and remove of top-level properties (and `/tags`). */
function applyPatch(ctx: Ctx, image: Row, operations: unknown): void {
  if (!Array.isArray(operations)) throw new ApiError(400, "Request body must be a JSON array of operation objects.");
  for (const operation of operations as Row[]) {
    const op = String(operation["op"]);
    const path = String(operation["path"] ?? "");
    const name = path.replace(/^\//, "").replace(/~1/g, "/").replace(/~0/g, "~");
    if (!["add", "replace", "remove"].includes(op))
      throw new ApiError(400, `Operation objects must contain exactly one member named "add", "remove", or "replace".`);
    if (!name || name.includes("/")) throw new ApiError(400, `Invalid JSON pointer for this resource: '${path}'`);
    if (READ_ONLY.includes(name) || name === "id") throw readOnly(name);
    if (name === "visibility" && operation["value"] === "public" && !ctx.auth?.isAdmin)
      throw new ApiError(403, "You are not authorized to complete publicize_image action.");
    if (name === "disk_format" || name === "container_format") checkFormat(name, operation["value"]);
    if (op === "remove") {
      if (CORE.includes(name)) throw new ApiError(403, `Attribute '${name}' is reserved.`);
      if (!(name in image)) throw new ApiError(409, `Property ${name} does not exist.`);
      delete image[name];
    } else {
      if (op === "replace" && !CORE.includes(name) && !(name in image))
        throw new ApiError(409, `Property ${name} does not exist.`);
      image[name] = operation["value"];
    }
  }
  image["updated_at"] = isoSeconds(ctx.cloud.now());
}

/** Glance's calls beyond CRUD: JSON-patch updates, data upload and download, tags, (de)activation. */
export function imageRoutes(): Route[] {
  const path = "v2/images/:id";
  return [
    {
      method: "PATCH",
      path,
      handle: async (ctx) => {
        const image = findItem(images, ctx);
        const type = (ctx.request.headers.get("content-type") ?? "").split(";")[0]!.trim();
        if (!PATCH_TYPES.includes(type)) throw new ApiError(415, `Unsupported Content-Type: use ${PATCH_TYPES[0]}`);
        if (image["owner"] !== ctx.auth?.projectId && !ctx.auth?.isAdmin)
          throw new ApiError(403, "You are not permitted to modify this image.");
        applyPatch(ctx, image, await ctx.body<unknown>());
        return json(imageView(image));
      },
    },
    {
      method: "PUT",
      path: `${path}/file`,
      handle: async (ctx) => {
        const image = findItem(images, ctx);
        const type = (ctx.request.headers.get("content-type") ?? "application/octet-stream").split(";")[0]!.trim();
        if (type !== "application/octet-stream")
          throw new ApiError(415, `Content-Type ${type} is not supported: send application/octet-stream`);
        if (image["status"] !== "queued")
          throw new ApiError(409, `Image status transition from ${image["status"]} to saving is not allowed`);
        image["status"] = "saving";
        await storeData(ctx, image, await ctx.bytes());
        return empty(204, { "Content-Type": "text/html; charset=UTF-8" });
      },
    },
    {
      method: "GET",
      path: `${path}/file`,
      handle: (ctx) => {
        const image = findItem(images, ctx);
        if (image["status"] === "deactivated" && !ctx.auth?.isAdmin)
          throw new ApiError(403, "The requested image has been deactivated. Image data download is forbidden.");
        const data = ctx.cloud.state.imageData.get(image.id);
        // An image without data answers 204, as Glance does.
        if (!data) return empty(204);
        return bytes(data, 200, { "Content-Type": "application/octet-stream", "Content-MD5": image["checksum"] });
      },
    },
    {
      method: "PUT",
      path: `${path}/tags/:tag`,
      handle: (ctx) => {
        const image = findItem(images, ctx);
        if (!(image["tags"] as string[]).includes(ctx.params["tag"]!))
          image["tags"] = [...image["tags"], ctx.params["tag"]];
        return empty(204);
      },
    },
    {
      method: "DELETE",
      path: `${path}/tags/:tag`,
      handle: (ctx) => {
        const image = findItem(images, ctx);
        if (!(image["tags"] as string[]).includes(ctx.params["tag"]!))
          throw new ApiError(404, `Tag ${ctx.params["tag"]} not found`);
        image["tags"] = (image["tags"] as string[]).filter((tag) => tag !== ctx.params["tag"]);
        return empty(204);
      },
    },
    ...(["deactivate", "reactivate"] as const).map(
      (action): Route => ({
        method: "POST",
        path: `${path}/actions/${action}`,
        handle: (ctx) => {
          const image = findItem(images, ctx);
          if (!ctx.auth?.isAdmin) throw new ApiError(403, `You are not authorized to complete ${action} action.`);
          const [from, to] = action === "deactivate" ? ["active", "deactivated"] : ["deactivated", "active"];
          if (image["status"] !== from && image["status"] !== to)
            throw new ApiError(400, `Not allowed to ${action} image in status '${image["status"]}'`);
          image["status"] = to;
          return empty(204);
        },
      }),
    ),
  ];
}

import { ApiError } from "../engine/api-error.js";
import { md5Hex } from "../engine/md5.js";
import { bytes, empty } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { contentOf, deleteManifest, putManifest } from "./large-objects.js";
import { findObject, putObject } from "./objects-store.js";
import { accountOf, applyMetadata, metadataHeaders, requireContainer, timeHeaders, written } from "./swift.js";

/** Object headers Swift keeps as they were sent. */
const KEPT = ["content-disposition", "content-encoding", "x-delete-at", "x-object-manifest"];

function objectHeaders(object: Row): Record<string, string> {
  return {
    "Content-Type": object["content_type"],
    // A large object's ETag is the MD5 of its segments' ETags, quoted, as Swift marks it.
    ETag: object["manifest"] ? `"${object["hash"]}"` : object["hash"],
    ...timeHeaders(object["last_modified"]),
    "Accept-Ranges": "bytes",
    ...Object.fromEntries(Object.entries(object["headers"] as Row).map(([k, v]) => [k, String(v)])),
    ...metadataHeaders("Object", object["metadata"]),
  };
}

/** `bytes=0-99`, `bytes=-100`, `bytes=100-`: one range, or undefined for the whole object. */
function rangeOf(header: string | null, size: number): [number, number] | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  const [start, end] =
    match[1] === ""
      ? [Math.max(0, size - Number(match[2])), size - 1]
      : [Number(match[1]), match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1)];
  if (start > end || start >= size)
    throw new ApiError(416, "Requested Range Not Satisfiable", { headers: { "Content-Range": `bytes */${size}` } });
  return [start, end];
}

/** Swift's object calls: upload (with ETag check and server-side copy), download (ranges too), metadata, delete, COPY. */
export function objectRoutes(): Route[] {
  const path = "v1/:account/:container/*object";
  const target = (ctx: Ctx) => {
    const account = accountOf(ctx);
    requireContainer(ctx, account);
    return { account: account["account"] as string, container: ctx.params["container"]!, name: ctx.params["object"]! };
  };
  const existing = (ctx: Ctx) => {
    const where = target(ctx);
    const object = findObject(ctx, where.account, where.container, where.name);
    if (!object) throw new ApiError(404, "Not Found");
    return object;
  };
  /** `/container/object` (X-Copy-From) or `container/object` (Destination) of this account. */
  const source = (ctx: Ctx, reference: string) => {
    const [container = "", ...rest] = decodeURIComponent(reference.replace(/^\//, "")).split("/");
    const found = findObject(ctx, `AUTH_${ctx.auth?.projectId}`, container, rest.join("/"));
    if (!found) throw new ApiError(404, "Not Found");
    return found;
  };
  const copyInto = (ctx: Ctx, from: Row, to: { account: string; container: string; name: string }) => {
    const copy = putObject(
      ctx,
      to,
      contentOf(ctx, from),
      ctx.request.headers.get("content-type") ?? from["content_type"],
    );
    // X-Fresh-Metadata: the copy starts without the source's metadata.
    const fresh = (ctx.request.headers.get("x-fresh-metadata") ?? "").toLowerCase() === "true";
    copy["metadata"] = fresh ? {} : { ...from["metadata"] };
    copy["headers"] = fresh ? {} : { ...from["headers"] };
    applyMetadata(ctx, "Object", copy["metadata"]);
    return written(201, {
      ETag: copy["hash"],
      "Last-Modified": timeHeaders(copy["last_modified"])["Last-Modified"]!,
      "X-Copied-From": `${from["container"]}/${from["name"]}`,
    });
  };
  return [
    {
      method: "PUT",
      path,
      handle: async (ctx) => {
        const where = target(ctx);
        if (ctx.query.get("multipart-manifest") === "put") {
          const manifest = await putManifest(ctx, where);
          applyMetadata(ctx, "Object", manifest["metadata"], manifest["headers"], KEPT);
          return written(201, {
            ETag: `"${manifest["hash"]}"`,
            "Last-Modified": timeHeaders(manifest["last_modified"])["Last-Modified"]!,
          });
        }
        const copyFrom = ctx.request.headers.get("x-copy-from");
        if (copyFrom) return copyInto(ctx, source(ctx, copyFrom), where);
        const data = await ctx.bytes();
        const expected = ctx.request.headers.get("etag")?.replace(/"/g, "");
        if (expected && expected !== md5Hex(data)) throw new ApiError(422, "Unprocessable Entity");
        const object = putObject(ctx, where, data, ctx.request.headers.get("content-type") ?? undefined);
        applyMetadata(ctx, "Object", object["metadata"], object["headers"], KEPT);
        return written(201, {
          ETag: object["hash"],
          "Last-Modified": timeHeaders(object["last_modified"])["Last-Modified"]!,
        });
      },
    },
    {
      method: "GET",
      path,
      handle: (ctx) => {
        const object = existing(ctx);
        if (object["manifest"] && ctx.query.get("multipart-manifest") === "get") {
          return new Response(JSON.stringify(object["manifest"]), {
            status: 200,
            headers: { "Content-Type": "application/json; charset=utf-8" },
          });
        }
        const data = contentOf(ctx, object);
        const range = rangeOf(ctx.request.headers.get("range"), data.byteLength);
        if (!range) return bytes(data, 200, objectHeaders(object));
        return bytes(data.slice(range[0], range[1] + 1), 206, {
          ...objectHeaders(object),
          "Content-Range": `bytes ${range[0]}-${range[1]}/${data.byteLength}`,
        });
      },
    },
    {
      method: "HEAD",
      path,
      handle: (ctx) =>
        empty(200, { ...objectHeaders(existing(ctx)), "Content-Length": String(existing(ctx)["bytes"]) }),
    },
    {
      method: "POST",
      path,
      handle: (ctx) => {
        const object = existing(ctx);
        // A POST replaces all user metadata, as Swift's fast-POST does.
        object["metadata"] = {};
        applyMetadata(ctx, "Object", object["metadata"], object["headers"], KEPT);
        const type = ctx.request.headers.get("content-type");
        if (type) object["content_type"] = type;
        return written(202);
      },
    },
    {
      method: "DELETE",
      path,
      handle: (ctx) => {
        if (ctx.query.get("multipart-manifest") === "delete") {
          const where = target(ctx);
          return deleteManifest(ctx, findObject(ctx, where.account, where.container, where.name));
        }
        const object = existing(ctx);
        const { state } = ctx.cloud;
        state.objects = state.objects.filter((o) => o !== object);
        return written(204);
      },
    },
    {
      method: "COPY",
      path,
      handle: (ctx) => {
        const from = existing(ctx);
        const destination = ctx.request.headers.get("destination");
        if (!destination) throw new ApiError(412, "Destination header required");
        const [container = "", ...rest] = decodeURIComponent(destination.replace(/^\//, "")).split("/");
        const account = accountOf(ctx);
        if (!ctx.cloud.state.containers.some((c) => c["account"] === account["account"] && c["name"] === container))
          throw new ApiError(404, "Not Found");
        return copyInto(ctx, from, { account: account["account"], container, name: rest.join("/") });
      },
    },
  ];
}

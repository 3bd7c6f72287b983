import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import { md5Hex, sha512Hex } from "../engine/md5.js";
import { isoSeconds } from "../engine/time.js";
import { sortKeys } from "../engine/paging.js";
import type { Ctx, Row } from "../engine/types.js";
import { checkFormat, imageView, notFound, READ_ONLY, readOnly } from "./glance.js";

/** The only keys Glance sorts by. */
const SORT_KEYS = ["name", "status", "container_format", "disk_format", "size", "id", "created_at", "updated_at"];

const truthy = (value: string | undefined) => ["true", "1", "yes"].includes(String(value).toLowerCase());

/** `in:a,b` or a plain value, as Glance reads `id` and `name` filters. */
const oneOf = (field: string) => (item: Row, values: readonly string[]) =>
  values.every((value) =>
    value.startsWith("in:") ? value.slice(3).split(",").includes(String(item[field])) : String(item[field]) === value,
  );

/** Stores image data: size, MD5 checksum and SHA-512 hash as Glance computes them, then `active`. */
export async function storeData(ctx: Ctx, image: Row, data: Uint8Array): Promise<void> {
  ctx.cloud.state.imageData.set(image.id, data);
  Object.assign(image, {
    size: data.byteLength,
    // Glance's format inspector finds a raw image's virtual size; others are left unknown here.
    virtual_size: image["disk_format"] === "raw" ? data.byteLength : null,
    checksum: md5Hex(data),
    os_hash_algo: "sha512",
    os_hash_value: await sha512Hex(data),
    status: "active",
    updated_at: isoSeconds(ctx.cloud.now()),
  });
}

export const images: CollectionSpec = {
  state: "images",
  path: "v2/images",
  pluralKey: "images",
  // Updates are JSON patches (image-routes.ts); creates and deletes are the generic ones.
  verbs: ["list", "get", "create", "delete"],
  paging: "glance",
  order: "newest",
  unknownFilters: "match",
  filters: {
    id: oneOf("id"),
    name: oneOf("name"),
    visibility: (item, [value]) => value === "all" || item["visibility"] === value,
    owner: "exact",
    status: "exact",
    tag: (item, values) => values.every((tag) => (item["tags"] as string[]).includes(tag)),
    container_format: "exact",
    disk_format: "exact",
    size_min: (item, [value]) => item["size"] !== null && item["size"] >= Number(value),
    size_max: (item, [value]) => item["size"] !== null && item["size"] <= Number(value),
    protected: "bool",
    os_hidden: (item, [value]) => item["os_hidden"] === truthy(value),
    member_status: () => true,
  },
  access: {
    owner: ["owner"],
    admin: "all",
    sharedWith: (item) => item["visibility"] === "public" || item["visibility"] === "community",
  },
  // Hidden images, and community images of others, appear only when asked for.
  listedByDefault: (item, ctx) =>
    (ctx.query.has("os_hidden") || item["os_hidden"] !== true) &&
    (ctx.query.has("visibility") || item["visibility"] !== "community" || item["owner"] === ctx.auth?.projectId),
  beforeList: (ctx) => {
    for (const { field } of sortKeys(ctx, "desc")) {
      if (!SORT_KEYS.includes(field))
        throw new ApiError(
          400,
          `Invalid sort key: ${field}. It must be one of the following: ${SORT_KEYS.join(", ")}.`,
        );
    }
  },
  notFound,
  createHeaders: (item, ctx) => ({ Location: `${ctx.serviceUrl}/v2/images/${item.id}` }),
  consumes: ["data"],
  build: (input, ctx) => {
    const { data, ...fields } = input;
    for (const name of Object.keys(fields))
      if (READ_ONLY.includes(name) && ctx.auth?.token !== "seed") throw readOnly(name);
    checkFormat("disk_format", fields["disk_format"]);
    checkFormat("container_format", fields["container_format"]);
    if (fields["visibility"] === "public" && !ctx.auth?.isAdmin)
      throw new ApiError(403, "You are not authorized to complete publicize_image action.");
    if (
      fields["visibility"] !== undefined &&
      !["public", "private", "shared", "community"].includes(String(fields["visibility"]))
    ) {
      throw new ApiError(400, `Invalid value '${String(fields["visibility"])}' for parameter 'visibility'`);
    }
    const now = isoSeconds(ctx.cloud.now());
    const image: Row = {
      name: null,
      disk_format: null,
      container_format: null,
      visibility: "shared",
      size: null,
      virtual_size: null,
      status: "queued",
      checksum: null,
      protected: false,
      min_ram: 0,
      min_disk: 0,
      os_hidden: false,
      os_hash_algo: null,
      os_hash_value: null,
      id: uuid(),
      created_at: now,
      updated_at: now,
      tags: [],
      ...fields,
    };
    // Seeds may carry data: stored at once (the SHA-512 follows a moment later, Web Crypto being async).
    if (data !== undefined) {
      const bytes = typeof data === "string" ? new TextEncoder().encode(data) : (data as Uint8Array);
      Object.assign(image, { status: "active", size: bytes.byteLength, checksum: md5Hex(bytes) });
      void storeData(ctx, image, bytes);
    }
    return image;
  },
  view: imageView,
  remove: (item, ctx) => {
    if (item["protected"] === true) throw new ApiError(403, `Image ${item.id} is protected and cannot be deleted.`);
    ctx.cloud.state.imageData.delete(item.id);
    return "now";
  },
};

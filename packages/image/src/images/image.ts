import { defineResource, sortFilters, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { imageService } from "../descriptor.js";
import { imageActions } from "./image-actions.js";
import { importActions } from "./image-import.js";
import { imageProperties, optionalString } from "./image-properties.js";

const nullableString = v.nullable(v.string());

/** A Glance image, fields as the Image API v2 reference names them, plus the well-known custom properties. */
export const Image = v.looseObject({
  ...imageProperties,
  id: v.string(),
  name: nullableString,
  status: v.string(),
  visibility: v.picklist(["public", "private", "shared", "community"]),
  protected: v.boolean(),
  // Rocky (2.7) and later.
  os_hidden: v.optional(v.boolean()),
  /** MD5 of the data; Web Crypto cannot compute it, so downloads check `os_hash_value`. */
  checksum: nullableString,
  os_hash_algo: optionalString,
  os_hash_value: optionalString,
  owner: nullableString,
  size: v.nullable(v.number()),
  virtual_size: v.optional(v.nullable(v.number())),
  container_format: nullableString,
  disk_format: nullableString,
  min_ram: v.number(),
  min_disk: v.number(),
  created_at: v.string(),
  updated_at: v.string(),
  tags: v.array(v.string()),
  self: v.string(),
  file: v.string(),
  schema: v.string(),
  // Only where the cloud shows them (show_image_direct_url, show_multiple_locations).
  direct_url: v.optional(v.string()),
  locations: v.optional(v.array(v.looseObject({ url: v.string(), metadata: v.optional(v.looseObject({})) }))),
  /** The stores holding the data, comma-separated (multi-store clouds). */
  stores: v.optional(v.string()),
  // Set by Glance while and after an import.
  os_glance_import_task: optionalString,
  os_glance_importing_to_stores: optionalString,
  os_glance_failed_import: optionalString,
});

/**
 * Images. Updates are JSON patches (`application/openstack-images-v2.1-json-patch`)
 * computed against the current image: a field it has is replaced, a new custom property
 * added, and a field given as `null` removed. Glance answers lists with a top-level `next`
 * link, which core follows. Data goes up and down through `uploadImage`, `stageImage` and
 * `downloadImage`.
 */
export const images = defineResource({
  service: imageService,
  path: "images",
  singular: "Image",
  plural: "Images",
  pluralKey: "images",
  schema: Image,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: [
    "id",
    "name",
    "visibility",
    "owner",
    "status",
    "container_format",
    "disk_format",
    "protected",
    "os_hidden",
    "created_at",
    "updated_at",
  ],
  // `tag` (singular, repeated: images with every tag given); `sort` is `key:dir,…`.
  filters: {
    ...sortFilters,
    member_status: v.string(),
    tag: v.string(),
    size_min: v.number(),
    size_max: v.number(),
    sort: v.string(),
  },
  readOnly: [
    "status",
    "checksum",
    "os_hash_algo",
    "os_hash_value",
    "size",
    "virtual_size",
    "created_at",
    "updated_at",
    "self",
    "file",
    "schema",
    "direct_url",
    "stores",
    "os_glance_import_task",
    "os_glance_importing_to_stores",
    "os_glance_failed_import",
  ],
  // A create may choose the id (a UUID); nothing changes it afterwards.
  createOnly: ["id"],
  jsonPatch: "application/openstack-images-v2.1-json-patch",
  status: { failures: ["killed"] },
  actions: { ...imageActions, ...importActions },
});

/** An Image as the API returns it (its declared fields; extra fields pass through at run time). */
export type Image = Item<typeof images>;

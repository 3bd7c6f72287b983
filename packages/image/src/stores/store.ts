import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { imageService } from "../descriptor.js";

// Glance sends these flags as the string "true" (and leaves them out when false).
const flag = v.optional(v.union([v.boolean(), v.string()]));

/** A backend store of a (multi-store) Glance. */
export const Store = v.looseObject({
  id: v.string(),
  description: v.optional(v.string()),
  default: flag,
  "read-only": flag,
  // The detail list (admin, Image API 2.15) adds these.
  type: v.optional(v.string()),
  weight: v.optional(v.number()),
  properties: v.optional(v.record(v.string(), v.unknown())),
});

/**
 * The stores image data can go to (`GET /v2/info/stores`, Image API 2.7), and removing an
 * image's copy from one of them (`deleteImageFromStore({ store, image })`, 2.10; Glance
 * keeps the last copy).
 */
export const stores = defineResource({
  service: imageService,
  path: "info/stores",
  singular: "Store",
  plural: "Stores",
  pluralKey: "stores",
  schema: Store,
  verbs: ["list"],
  pagination: "none",
  actions: {
    deleteImageFromStore: { method: "DELETE", path: "stores/{store}/{image}" },
  },
});

/** The stores with their type, weight and driver properties (`GET /v2/info/stores/detail`, admin, 2.15). */
export const storeDetails = defineResource({
  service: imageService,
  path: "info/stores/detail",
  singular: "StoreDetail",
  plural: "StoreDetails",
  pluralKey: "stores",
  schema: Store,
  verbs: ["list"],
  pagination: "none",
});

/** A Store as the API returns it. */
export type Store = Item<typeof stores>;

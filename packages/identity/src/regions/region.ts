import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

/** A Keystone region, fields as the Identity v3 API reference names them. Regions have no name: the id is the name. */
export const Region = v.looseObject({
  id: v.string(),
  description: v.optional(v.nullable(v.string())),
  parent_region_id: v.optional(v.nullable(v.string())),
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

/** A create may choose the id (`RegionTwo`); without one Keystone generates it. */
export const regions = defineResource({
  service: identityService,
  path: "regions",
  singular: "Region",
  plural: "Regions",
  key: "region",
  pluralKey: "regions",
  schema: Region,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["parent_region_id"],
  readOnly: ["links"],
  createOnly: ["id"],
  updateMethod: "PATCH",
});

/** A Region as the API returns it (its declared fields; extra fields pass through at run time). */
export type Region = Item<typeof regions>;

import { defineResource, sortFilters, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

/** A Keystone group of users, fields as the Identity v3 API reference names them. */
export const Group = v.looseObject({
  id: v.string(),
  name: v.string(),
  domain_id: v.optional(v.string()),
  description: v.optional(v.nullable(v.string())),
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

export const groups = defineResource({
  service: identityService,
  path: "groups",
  singular: "Group",
  plural: "Groups",
  key: "group",
  pluralKey: "groups",
  // Keystone 2025.1 pages these four with `limit`/`marker` and names the next page in its
  // `links` object (`{"next": …, "self": …, "previous": null}`); older releases send everything.
  pagination: "links",
  linksKey: "links",
  schema: Group,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["domain_id", "name"],
  filters: sortFilters,
  required: ["name"],
  readOnly: ["id", "links"],
  // Keystone's default configuration keeps domain ids immutable.
  createOnly: ["domain_id"],
  updateMethod: "PATCH",
});

/** A Group as the API returns it (its declared fields; extra fields pass through at run time). */
export type Group = Item<typeof groups>;

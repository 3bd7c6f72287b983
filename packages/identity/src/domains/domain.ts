import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

/** A Keystone domain, fields as the Identity v3 API reference names them. */
export const Domain = v.looseObject({
  id: v.string(),
  name: v.string(),
  description: v.optional(v.nullable(v.string())),
  enabled: v.optional(v.boolean()),
  tags: v.optional(v.array(v.string())),
  options: v.optional(v.record(v.string(), v.unknown())),
  // Sent on create only, to choose the id instead of letting Keystone generate one.
  explicit_domain_id: v.optional(v.string()),
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

/** Keystone deletes only a disabled domain: update `enabled: false` first. */
export const domains = defineResource({
  service: identityService,
  path: "domains",
  singular: "Domain",
  plural: "Domains",
  key: "domain",
  pluralKey: "domains",
  // Keystone 2025.1 pages these four with `limit`/`marker` and names the next page in its
  // `links` object (`{"next": …, "self": …, "previous": null}`); older releases send everything.
  pagination: "links",
  linksKey: "links",
  schema: Domain,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name", "enabled"],
  required: ["name"],
  readOnly: ["id", "links"],
  createOnly: ["explicit_domain_id"],
  updateMethod: "PATCH",
});

/** A Domain as the API returns it (its declared fields; extra fields pass through at run time). */
export type Domain = Item<typeof domains>;

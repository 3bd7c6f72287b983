import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

const optionalString = v.optional(v.nullable(v.string()));

/** A catalog endpoint, fields as the Identity v3 API reference names them. */
export const Endpoint = v.looseObject({
  id: v.string(),
  // `public`, `internal` or `admin`.
  interface: v.string(),
  url: v.string(),
  service_id: v.string(),
  region_id: optionalString,
  // Deprecated since v3.2 in favour of region_id, still returned beside it.
  region: optionalString,
  enabled: v.optional(v.boolean()),
  name: v.optional(v.string()),
  description: optionalString,
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

export const endpoints = defineResource({
  service: identityService,
  path: "endpoints",
  singular: "Endpoint",
  plural: "Endpoints",
  key: "endpoint",
  pluralKey: "endpoints",
  schema: Endpoint,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["interface", "service_id", "region_id"],
  required: ["interface", "service_id", "url"],
  readOnly: ["id", "links"],
  updateMethod: "PATCH",
});

/** A Endpoint as the API returns it (its declared fields; extra fields pass through at run time). */
export type Endpoint = Item<typeof endpoints>;

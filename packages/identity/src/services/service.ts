import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

/** A catalog service, fields as the Identity v3 API reference names them. */
export const Service = v.looseObject({
  id: v.string(),
  type: v.string(),
  // Optional in Keystone: a service may be registered by type alone.
  name: v.optional(v.string()),
  description: v.optional(v.nullable(v.string())),
  enabled: v.optional(v.boolean()),
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

export const services = defineResource({
  service: identityService,
  path: "services",
  singular: "Service",
  plural: "Services",
  key: "service",
  pluralKey: "services",
  schema: Service,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name", "type"],
  required: ["type"],
  readOnly: ["id", "links"],
  updateMethod: "PATCH",
});

/** A Service as the API returns it (its declared fields; extra fields pass through at run time). */
export type Service = Item<typeof services>;

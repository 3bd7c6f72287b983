import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { createInList } from "../create-in-list.js";
import { withVerbs } from "../custom-verbs.js";
import { identityService } from "../descriptor.js";

const optionalString = v.optional(v.nullable(v.string()));

/** A registered limit: the default limit of one resource of one service (and region). */
export const RegisteredLimit = v.looseObject({
  id: v.string(),
  service_id: v.string(),
  region_id: optionalString,
  resource_name: v.string(),
  default_limit: v.number(),
  description: optionalString,
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

/** One registered limit for `createRegisteredLimits`: every field except what Keystone assigns. */
export type RegisteredLimitCreate = Omit<v.InferOutput<typeof RegisteredLimit>, "id" | "links">;

const declared = defineResource({
  service: identityService,
  path: "registered_limits",
  singular: "RegisteredLimit",
  plural: "RegisteredLimits",
  key: "registered_limit",
  pluralKey: "registered_limits",
  schema: RegisteredLimit,
  verbs: ["list", "get", "create", "update", "delete"],
  query: ["service_id", "region_id", "resource_name"],
  required: ["service_id", "resource_name", "default_limit"],
  readOnly: ["id", "links"],
  updateMethod: "PATCH",
  actions: {
    /** Creates many registered limits in one request, all or none; answers `{"registered_limits": [...]}`. */
    createRegisteredLimits: {
      method: "POST",
      path: "registered_limits",
      body: ({ registered_limits }: { registered_limits: readonly RegisteredLimitCreate[] }) => ({ registered_limits }),
      returns: "json",
    },
  },
});

/**
 * Registered limits. Keystone creates them in lists only: `createRegisteredLimit` sends a
 * list of one and returns the one created; `createRegisteredLimits` sends many at once.
 * Keystone refuses to change or delete one that project limits refer to.
 */
export const registeredLimits = withVerbs(declared, { create: createInList(declared) });

/** A RegisteredLimit as the API returns it (its declared fields; extra fields pass through at run time). */
export type RegisteredLimit = Item<typeof registeredLimits>;

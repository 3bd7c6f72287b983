import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

/** One API call an application credential may make, fields as the Identity v3 API reference names them. */
export const AccessRule = v.looseObject({
  id: v.string(),
  // The service type (`compute`, `identity`), the method and the path (may hold `*` and `**`).
  service: v.string(),
  method: v.string(),
  path: v.string(),
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

/**
 * A user's access rules: Keystone makes them from the `access_rules` of the application
 * credentials the user creates, and keeps them for reuse. Every call takes `user_id` (an id
 * or the user). A rule still used by a credential cannot be deleted.
 */
export const accessRules = defineResource({
  service: identityService,
  path: "users/{user_id}/access_rules",
  singular: "AccessRule",
  plural: "AccessRules",
  key: "access_rule",
  pluralKey: "access_rules",
  schema: AccessRule,
  verbs: ["list", "get", "delete"],
  query: ["service", "method", "path"],
});

/** An AccessRule as the API returns it (its declared fields; extra fields pass through at run time). */
export type AccessRule = Item<typeof accessRules>;

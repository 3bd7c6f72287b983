import { defineResource, sortFilters, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

const optionalString = v.optional(v.nullable(v.string()));

/** A user's link to an identity provider, as federated login records it. */
const Federated = v.looseObject({
  idp_id: v.string(),
  protocols: v.array(v.looseObject({ protocol_id: v.string(), unique_id: v.string() })),
});

/** A Keystone user, fields as the Identity v3 API reference names them. */
export const User = v.looseObject({
  id: v.string(),
  name: v.string(),
  domain_id: v.optional(v.string()),
  enabled: v.optional(v.boolean()),
  default_project_id: optionalString,
  description: optionalString,
  email: optionalString,
  federated: v.optional(v.array(Federated)),
  // Write-only: Keystone never returns it.
  password: optionalString,
  password_expires_at: optionalString,
  options: v.optional(v.record(v.string(), v.unknown())),
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

/**
 * `password_expires_at` filters with an operator: `lt:2016-12-08T22:02:00Z` (also lte, gt,
 * gte, eq, neq). `changeUserPassword` is a user changing their own password: no admin role
 * is needed, the original password is; Keystone then revokes the user's tokens, so a
 * connection still holding the old password cannot log in again.
 */
export const users = defineResource({
  service: identityService,
  path: "users",
  singular: "User",
  plural: "Users",
  key: "user",
  pluralKey: "users",
  // Keystone 2025.1 pages these four with `limit`/`marker` and names the next page in its
  // `links` object (`{"next": …, "self": …, "previous": null}`); older releases send everything.
  pagination: "links",
  linksKey: "links",
  schema: User,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["domain_id", "enabled", "name", "password_expires_at"],
  // The federated users' filters: their identity provider, protocol and id there.
  filters: { ...sortFilters, idp_id: v.string(), protocol_id: v.string(), unique_id: v.string() },
  required: ["name"],
  readOnly: ["id", "links", "password_expires_at"],
  // Keystone's default configuration keeps domain ids immutable.
  createOnly: ["domain_id"],
  updateMethod: "PATCH",
  actions: {
    changeUserPassword: {
      method: "POST",
      path: "users/{user}/password",
      body: ({ original_password, password }: { original_password: string; password: string }) => ({
        user: { password, original_password },
      }),
    },
  },
});

/** A User as the API returns it (its declared fields; extra fields pass through at run time). */
export type User = Item<typeof users>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

const optionalString = v.optional(v.nullable(v.string()));

/** On create, a role by `id` or by `name`; in a response, the role Keystone resolved. */
const RoleRef = v.looseObject({
  id: v.optional(v.string()),
  name: v.optional(v.string()),
  domain_id: optionalString,
  description: optionalString,
  options: v.optional(v.nullable(v.record(v.string(), v.unknown()))),
});

/** One API call the credential may make; the id comes back from Keystone. */
const AccessRule = v.looseObject({
  id: v.optional(v.string()),
  path: v.optional(v.string()),
  method: v.optional(v.string()),
  service: v.optional(v.string()),
});

/** An application credential, fields as the Identity v3 API reference names them. */
export const ApplicationCredential = v.looseObject({
  id: v.string(),
  name: v.string(),
  description: optionalString,
  // Only in the create response: Keystone keeps a hash and never shows it again.
  secret: v.optional(v.string()),
  expires_at: optionalString,
  unrestricted: v.optional(v.nullable(v.boolean())),
  roles: v.optional(v.array(RoleRef)),
  access_rules: v.optional(v.array(AccessRule)),
  project_id: optionalString,
  user_id: v.optional(v.string()),
  system: optionalString,
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

/**
 * Application credentials live under their user: every call takes `user_id` (an id or the
 * user), or reads it from the credential it is given. They cannot be changed once made.
 */
export const applicationCredentials = defineResource({
  service: identityService,
  path: "users/{user_id}/application_credentials",
  singular: "ApplicationCredential",
  plural: "ApplicationCredentials",
  key: "application_credential",
  pluralKey: "application_credentials",
  schema: ApplicationCredential,
  verbs: ["list", "get", "find", "create", "delete"],
  query: ["name"],
  required: ["name"],
  // The project comes from the token that creates the credential.
  readOnly: ["id", "links", "project_id", "user_id", "system"],
});

/** A ApplicationCredential as the API returns it (its declared fields; extra fields pass through at run time). */
export type ApplicationCredential = Item<typeof applicationCredentials>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

const optionalString = v.optional(v.nullable(v.string()));
const Links = v.looseObject({
  self: v.optional(v.string()),
  next: v.optional(v.nullable(v.string())),
  previous: v.optional(v.nullable(v.string())),
});

/** On create, a role by `id` or by `name`; in a response, the role Keystone resolved. */
const TrustRoleRef = v.looseObject({
  id: v.optional(v.string()),
  name: v.optional(v.string()),
  domain_id: optionalString,
  links: v.optional(Links),
});

/** A trust (OS-TRUST), fields as the Identity v3 API reference names them. */
export const Trust = v.looseObject({
  id: v.string(),
  trustor_user_id: v.string(),
  trustee_user_id: v.string(),
  // False: tokens made from the trust name the trustee; true: they name the trustor.
  impersonation: v.boolean(),
  // Null for a trust that delegates no project (and so no roles).
  project_id: optionalString,
  expires_at: optionalString,
  // Null for unlimited; Keystone counts it down with every token made from the trust.
  remaining_uses: v.optional(v.nullable(v.number())),
  allow_redelegation: v.optional(v.nullable(v.boolean())),
  redelegation_count: v.optional(v.nullable(v.number())),
  // Set by Keystone on a trust made from another trust's token.
  redelegated_trust_id: optionalString,
  // A list leaves roles out; a get or create has them.
  roles: v.optional(v.array(TrustRoleRef)),
  roles_links: v.optional(Links),
  links: v.optional(Links),
});

/**
 * Trusts: a trustor delegates roles on a project to a trustee, who then authenticates with
 * the trust (`new Connection({ …, trustId })`). Only the trustor may create one (the token's
 * user must be `trustor_user_id`); a trust cannot be changed, only deleted.
 */
export const trusts = defineResource({
  service: identityService,
  path: "OS-TRUST/trusts",
  singular: "Trust",
  plural: "Trusts",
  key: "trust",
  pluralKey: "trusts",
  schema: Trust,
  verbs: ["list", "get", "find", "create", "delete"],
  query: ["trustor_user_id", "trustee_user_id"],
  required: ["trustor_user_id", "trustee_user_id", "impersonation"],
  readOnly: ["id", "links", "roles_links", "redelegated_trust_id"],
});

/** A Trust as the API returns it (its declared fields; extra fields pass through at run time). */
export type Trust = Item<typeof trusts>;

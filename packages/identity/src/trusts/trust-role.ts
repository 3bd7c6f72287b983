import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

/** A role a trust delegates, as Keystone shows it under the trust. */
export const TrustRole = v.looseObject({
  id: v.string(),
  name: v.optional(v.string()),
  domain_id: v.optional(v.nullable(v.string())),
  description: v.optional(v.nullable(v.string())),
  options: v.optional(v.record(v.string(), v.unknown())),
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

/**
 * The roles delegated by one trust: every call takes `trust_id` (an id or the trust).
 * Keystone answers these only to the trustor and the trustee. `checkTrustRole` answers
 * whether the trust delegates a role (HEAD: 200 → true, 404 → false).
 */
export const trustRoles = defineResource({
  service: identityService,
  path: "OS-TRUST/trusts/{trust_id}/roles",
  singular: "TrustRole",
  plural: "TrustRoles",
  key: "role",
  pluralKey: "roles",
  schema: TrustRole,
  verbs: ["list", "get"],
  actions: {
    checkTrustRole: { method: "HEAD", path: "OS-TRUST/trusts/{trust_id}/roles/{role}", returns: "exists" },
  },
});

/** A TrustRole as the API returns it (its declared fields; extra fields pass through at run time). */
export type TrustRole = Item<typeof trustRoles>;

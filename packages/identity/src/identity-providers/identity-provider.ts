import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { createByPut } from "../create-by-put.js";
import { withVerbs } from "../custom-verbs.js";
import { identityService } from "../descriptor.js";

/** An identity provider (OS-FEDERATION), fields as the Identity v3 API reference names them. */
export const IdentityProvider = v.looseObject({
  // Chosen by whoever registers it; openstacksdk calls it `name`.
  id: v.string(),
  // Keystone creates a domain for the provider when none is given.
  domain_id: v.optional(v.nullable(v.string())),
  description: v.optional(v.nullable(v.string())),
  // Keystone's default is false.
  enabled: v.optional(v.boolean()),
  // The provider's own ids (SAML entity ids, OIDC issuers): unique across providers.
  remote_ids: v.optional(v.array(v.string())),
  authorization_ttl: v.optional(v.nullable(v.number())),
  links: v.optional(v.looseObject({ self: v.optional(v.string()), protocols: v.optional(v.string()) })),
});

const declared = defineResource({
  service: identityService,
  path: "OS-FEDERATION/identity_providers",
  singular: "IdentityProvider",
  plural: "IdentityProviders",
  key: "identity_provider",
  pluralKey: "identity_providers",
  schema: IdentityProvider,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["id", "enabled"],
  required: ["id"],
  readOnly: ["links"],
  createOnly: ["id", "domain_id"],
  updateMethod: "PATCH",
});

/**
 * Identity providers. Created by PUT at the provider's own URL, with the id you choose
 * (`createIdentityProvider({ id: "acme", remote_ids: [...] })`). Without `domain_id`,
 * Keystone makes a domain for the provider, and deleting the provider leaves it behind.
 */
export const identityProviders = withVerbs(declared, { create: createByPut(declared) });

/** An IdentityProvider as the API returns it (its declared fields; extra fields pass through at run time). */
export type IdentityProvider = Item<typeof identityProviders>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { createByPut } from "../create-by-put.js";
import { withVerbs } from "../custom-verbs.js";
import { identityService } from "../descriptor.js";

/** A federation protocol of an identity provider, fields as the Identity v3 API reference names them. */
export const FederationProtocol = v.looseObject({
  // The protocol's name (`saml2`, `openid`, `mapped`), also its id; openstacksdk calls it `name`.
  id: v.string(),
  mapping_id: v.string(),
  // The assertion attribute holding the provider's remote id, where it differs from the global option.
  remote_id_attribute: v.optional(v.nullable(v.string())),
  links: v.optional(v.looseObject({ self: v.optional(v.string()), identity_provider: v.optional(v.string()) })),
});

const declared = defineResource({
  service: identityService,
  path: "OS-FEDERATION/identity_providers/{idp_id}/protocols",
  singular: "FederationProtocol",
  plural: "FederationProtocols",
  key: "protocol",
  pluralKey: "protocols",
  schema: FederationProtocol,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  required: ["id", "mapping_id"],
  readOnly: ["links"],
  createOnly: ["id"],
  updateMethod: "PATCH",
});

/**
 * The protocols of one identity provider: every call takes `idp_id` (an id or the
 * provider); Keystone's answers do not carry it. Created by PUT at the protocol's own URL.
 */
export const federationProtocols = withVerbs(declared, { create: createByPut(declared) });

/** A FederationProtocol as the API returns it (its declared fields; extra fields pass through at run time). */
export type FederationProtocol = Item<typeof federationProtocols>;

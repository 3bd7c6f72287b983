import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

/** A stored credential (EC2 keys, TOTP secrets, …), fields as the Identity v3 API reference names them. */
export const Credential = v.looseObject({
  id: v.string(),
  user_id: v.string(),
  type: v.string(),
  // The credential itself, serialized: for `ec2`, a JSON string with `access` and `secret`.
  blob: v.string(),
  // Keystone requires it for `ec2` credentials.
  project_id: v.optional(v.nullable(v.string())),
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

export const credentials = defineResource({
  service: identityService,
  path: "credentials",
  singular: "Credential",
  plural: "Credentials",
  key: "credential",
  pluralKey: "credentials",
  schema: Credential,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["user_id", "type"],
  required: ["blob", "type", "user_id"],
  readOnly: ["id", "links"],
  updateMethod: "PATCH",
});

/** A Credential as the API returns it (its declared fields; extra fields pass through at run time). */
export type Credential = Item<typeof credentials>;

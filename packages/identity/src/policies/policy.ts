import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

/** A stored policy, fields as the Identity v3 API reference names them. */
export const Policy = v.looseObject({
  id: v.string(),
  // The policy itself. Keystone takes and returns an opaque string (its request schema refuses
  // anything else); its API reference prints the blob as a JSON object (policy-show,
  // policy-update), so an answer with either is read and kept as it came.
  blob: v.union([v.string(), v.record(v.string(), v.unknown())]),
  // The blob's media type, e.g. `application/json`.
  type: v.string(),
  project_id: v.optional(v.nullable(v.string())),
  user_id: v.optional(v.nullable(v.string())),
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

/** Policies: blobs Keystone keeps for other services (it never enforces them itself). */
export const policies = defineResource({
  service: identityService,
  path: "policies",
  singular: "Policy",
  plural: "Policies",
  key: "policy",
  pluralKey: "policies",
  schema: Policy,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["type"],
  required: ["blob", "type"],
  readOnly: ["id", "links"],
  updateMethod: "PATCH",
});

/** A Policy as the API returns it (its declared fields; extra fields pass through at run time). */
export type Policy = Item<typeof policies>;

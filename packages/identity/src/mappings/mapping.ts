import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { createByPut } from "../create-by-put.js";
import { withVerbs } from "../custom-verbs.js";
import { identityService } from "../descriptor.js";

/**
 * One mapping rule: `remote` matches attributes of the federated assertion, `local` says
 * which user, groups or projects they become (`{0}` is the first remote match).
 */
const Rule = v.looseObject({
  local: v.array(v.record(v.string(), v.unknown())),
  remote: v.array(v.looseObject({ type: v.string() })),
});

/** A federation mapping (OS-FEDERATION), fields as the Identity v3 API reference names them. */
export const Mapping = v.looseObject({
  // Chosen by whoever creates it; openstacksdk calls it `name`.
  id: v.string(),
  rules: v.array(Rule),
  // The mapping language's version (Keystone 2024.1 on); older clouds leave it out.
  schema_version: v.optional(v.string()),
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

const declared = defineResource({
  service: identityService,
  path: "OS-FEDERATION/mappings",
  singular: "Mapping",
  plural: "Mappings",
  key: "mapping",
  pluralKey: "mappings",
  schema: Mapping,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  required: ["id", "rules"],
  readOnly: ["links"],
  createOnly: ["id"],
  updateMethod: "PATCH",
});

/** Mappings, created by PUT at the mapping's own URL with the id you choose. */
export const mappings = withVerbs(declared, { create: createByPut(declared) });

/** A Mapping as the API returns it (its declared fields; extra fields pass through at run time). */
export type Mapping = Item<typeof mappings>;

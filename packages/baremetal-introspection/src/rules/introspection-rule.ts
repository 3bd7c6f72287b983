import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { baremetalIntrospectionService } from "../descriptor.js";
import { jsonObject, links, maybeString } from "../shared.js";

/**
 * An introspection rule: when all `conditions` hold on a node's introspection data, its
 * `actions` run (`set-attribute` on the Ironic node, `extend-attribute`, `fail`, …) after
 * processing. Lists give each rule's uuid, description, scope and links only.
 */
export const IntrospectionRule = v.looseObject({
  uuid: v.string(),
  description: maybeString,
  /** Each `{op, field, value?, multiple?, invert?}`; the server fills the defaults. */
  conditions: v.optional(v.array(jsonObject)),
  /** Each `{action, …}` with the action's own arguments (`path`, `value`, `message`). */
  actions: v.optional(v.array(jsonObject)),
  /** Runs only on nodes whose `inspection_scope` property says the same (1.14); absent: on every node. */
  scope: maybeString,
  links,
});

/** Introspection rules: created whole, never updated (delete and create again). */
export const introspectionRules = defineResource({
  service: baremetalIntrospectionService,
  path: "rules",
  singular: "IntrospectionRule",
  plural: "IntrospectionRules",
  pluralKey: "rules",
  idField: "uuid",
  nameField: "description",
  pagination: "none",
  schema: IntrospectionRule,
  verbs: ["list", "get", "find", "create", "delete"],
  required: ["actions"],
  readOnly: ["links"],
  actions: {
    /** DELETE /v1/rules: every rule at once. */
    deleteAllIntrospectionRules: { method: "DELETE", path: "rules" },
  },
});
export type IntrospectionRule = Item<typeof introspectionRules>;

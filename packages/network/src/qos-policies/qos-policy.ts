import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import {
  fieldSelection,
  sortFilters,
  standardAttributes,
  standardFilters,
  standardReadOnly,
  tagFilters,
} from "../standard-attributes.js";

/** A rule as a policy lists it: its type names which rule fields follow. */
const PolicyRule = v.looseObject({ id: v.string(), type: v.string(), qos_policy_id: v.optional(v.string()) });

/**
 * A QoS policy (qos extension): a named set of rules (bandwidth limit, DSCP marking,
 * minimum bandwidth, minimum packet rate) that ports and networks point at with
 * `qos_policy_id`. Its rules are managed under it, as their own resources.
 */
export const QosPolicy = v.looseObject({
  ...standardAttributes,
  id: v.string(),
  name: v.string(),
  shared: v.boolean(),
  // The project's default: networks created without a policy get this one.
  is_default: v.optional(v.boolean()),
  rules: v.array(PolicyRule),
});

export const qosPolicies = defineResource({
  service: networkService,
  path: "qos/policies",
  singular: "QosPolicy",
  plural: "QosPolicies",
  key: "policy",
  pluralKey: "policies",
  schema: QosPolicy,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  getQuery: fieldSelection,
  query: [...standardFilters, "shared", "is_default"],
  filters: { ...sortFilters, ...tagFilters },
  readOnly: ["id", ...standardReadOnly, "rules"],
  createOnly: ["project_id"],
});

/** A QosPolicy as the API returns it (its declared fields; extra fields pass through at run time). */
export type QosPolicy = Item<typeof qosPolicies>;

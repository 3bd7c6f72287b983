import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { clusteringService } from "../descriptor.js";
import { anyMap, MAX_MICROVERSION, ownerFields, ownerReadOnly, senlinListFilters, Spec } from "../shared.js";

/** A policy: a rule Senlin applies to a cluster's actions (scaling, deletion, health, …). */
export const Policy = v.looseObject({
  id: v.string(),
  name: v.string(),
  /** `senlin.policy.scaling-1.0`: the spec's type and version, set by Senlin. */
  type: v.optional(v.string()),
  spec: Spec,
  /** What the policy keeps between actions. */
  data: v.optional(anyMap),
  ...ownerFields,
});

/** What validating a spec answers: the policy it would make, never saved (`id` null). */
export const ValidatedPolicy = v.looseObject({
  ...Policy.entries,
  id: v.nullable(v.string()),
  data: v.optional(v.nullable(anyMap)),
});

/**
 * Policies. As with profiles, a spec cannot change: an update (PATCH) renames.
 * `validatePolicy({ spec })` checks a spec without keeping it. A policy is attached to a
 * cluster with `attachPolicyToCluster`.
 */
export const policies = defineResource({
  service: clusteringService,
  path: "policies",
  singular: "Policy",
  plural: "Policies",
  key: "policy",
  pluralKey: "policies",
  schema: Policy,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name", "type"],
  filters: senlinListFilters,
  required: ["name", "spec"],
  readOnly: ["type", "data", ...ownerReadOnly],
  createOnly: ["spec"],
  updateMethod: "PATCH",
  pagination: "marker",
  maxMicroversion: MAX_MICROVERSION,
  actions: {
    /** Checks a spec as a create would (1.2), and answers the policy it would make, unsaved. */
    validatePolicy: {
      method: "POST",
      path: "policies/validate",
      body: (a: { spec: v.InferInput<typeof Spec> }) => ({ policy: { spec: a.spec } }),
      returns: "json",
      resultKey: "policy",
      schema: ValidatedPolicy,
      requires: "1.2",
      maxMicroversion: MAX_MICROVERSION,
    },
  },
});
export type Policy = Item<typeof policies>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { clusteringService } from "../descriptor.js";
import { SupportStatus } from "../profile-types/profile-type.js";
import { anyMap, MAX_MICROVERSION } from "../shared.js";

/** A policy type: `senlin.policy.scaling-1.0` (`name` and `version` apart from 1.5 on). */
export const PolicyType = v.looseObject({
  name: v.string(),
  version: v.optional(v.string()),
  /** On a get: each property of a spec, its type, whether required and updatable. */
  schema: v.optional(anyMap),
  support_status: v.optional(SupportStatus),
});

/** The policy types this Senlin knows, by name (`senlin.policy.deletion-1.0`). */
export const policyTypes = defineResource({
  service: clusteringService,
  path: "policy-types",
  singular: "PolicyType",
  plural: "PolicyTypes",
  key: "policy_type",
  pluralKey: "policy_types",
  schema: PolicyType,
  idField: "name",
  verbs: ["list", "get"],
  pagination: "none",
  maxMicroversion: MAX_MICROVERSION,
});
export type PolicyType = Item<typeof policyTypes>;

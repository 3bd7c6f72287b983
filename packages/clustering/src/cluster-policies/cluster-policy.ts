import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { clusteringService } from "../descriptor.js";
import { MAX_MICROVERSION, maybeString } from "../shared.js";

/** A policy as attached to a cluster: whether it is enabled there. */
export const ClusterPolicy = v.looseObject({
  id: v.optional(v.string()),
  cluster_id: v.string(),
  cluster_name: maybeString,
  policy_id: v.string(),
  policy_name: maybeString,
  policy_type: maybeString,
  enabled: v.boolean(),
  data: v.optional(v.unknown()),
  priority: v.optional(v.number()),
});

/**
 * The policies attached to a cluster (`cluster_id`: the cluster or its id), each by the
 * policy's id. Attaching, detaching and enabling are the cluster's actions
 * (`attachPolicyToCluster`, …).
 */
export const clusterPolicies = defineResource({
  service: clusteringService,
  path: "clusters/{cluster_id}/policies",
  singular: "ClusterPolicy",
  plural: "ClusterPolicies",
  key: "cluster_policy",
  pluralKey: "cluster_policies",
  schema: ClusterPolicy,
  idField: "policy_id",
  verbs: ["list", "get"],
  query: ["enabled", "policy_name", "policy_type"],
  filters: { sort: v.string() },
  pagination: "none",
  maxMicroversion: MAX_MICROVERSION,
});
export type ClusterPolicy = Item<typeof clusterPolicies>;

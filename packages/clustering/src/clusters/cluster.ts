import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { clusteringService } from "../descriptor.js";
import {
  anyMap,
  MAX_MICROVERSION,
  maybeString,
  ownerFields,
  ownerReadOnly,
  senlinListFilters,
  statusFields,
} from "../shared.js";
import { clusterActions } from "./cluster-actions.js";

/** A cluster: nodes made from one profile, kept between `min_size` and `max_size`. */
export const Cluster = v.looseObject({
  id: v.string(),
  name: v.string(),
  profile_id: v.string(),
  profile_name: maybeString,
  desired_capacity: v.optional(v.number()),
  min_size: v.optional(v.number()),
  /** -1: no upper bound. */
  max_size: v.optional(v.number()),
  /** Seconds an action on the cluster may take; Senlin's default when null. */
  timeout: v.optional(v.nullable(v.number())),
  metadata: v.optional(anyMap),
  /** 1.7 and later: `node.name.format`, `node.name.prefix`, … */
  config: v.optional(anyMap),
  /** What the cluster's policies keep (placement, health, …). */
  data: v.optional(anyMap),
  dependents: v.optional(anyMap),
  /** The ids of its nodes. */
  nodes: v.optional(v.array(v.string())),
  /** Its policy bindings: the `id` of each of its cluster policies, not the policies' ids. */
  policies: v.optional(v.array(v.string())),
  /** Sent on an update only (1.6): true changes the cluster's profile, not its nodes'. */
  profile_only: v.optional(v.boolean()),
  ...statusFields,
  ...ownerFields,
});

/**
 * Clusters. Create, update and delete answer at once (202) and an action does the work:
 * `waitForCluster(c)` waits for ACTIVE and fails on ERROR or WARNING with Senlin's reason;
 * `waitForDeleteCluster` for the 404. An update (PATCH) of `profile_id` replaces every node's
 * profile (with `profile_only: true` (1.6), only the cluster's, for nodes made later).
 * Growing, shrinking and the other operations are the actions below, each answering
 * `{ action }` for `waitForAction`.
 */
export const clusters = defineResource({
  service: clusteringService,
  path: "clusters",
  singular: "Cluster",
  plural: "Clusters",
  key: "cluster",
  pluralKey: "clusters",
  schema: Cluster,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name", "status"],
  filters: senlinListFilters,
  deleteQuery: { force: v.boolean() },
  required: ["name", "profile_id"],
  readOnly: [
    "profile_name",
    "data",
    "dependents",
    "nodes",
    "policies",
    "status",
    "status_reason",
    "init_at",
    ...ownerReadOnly,
  ],
  createOnly: ["desired_capacity", "min_size", "max_size"],
  microversionBounds: { config: { addedIn: "1.7" }, profile_only: { addedIn: "1.6" }, force: { addedIn: "1.8" } },
  updateMethod: "PATCH",
  pagination: "marker",
  maxMicroversion: MAX_MICROVERSION,
  actions: clusterActions,
});
export type Cluster = Item<typeof clusters>;

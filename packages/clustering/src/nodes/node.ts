import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { clusteringService } from "../descriptor.js";
import { MAX_MICROVERSION, ownerReadOnly, senlinListFilters } from "../shared.js";
import { Node as NodeSchema } from "./node-schema.js";
import { nodeActions } from "./node-actions.js";

export const Node = NodeSchema;

/**
 * Nodes, in a cluster or not. Create, update and delete answer at once (202) and an action
 * does the work: `waitForNode(n)` waits for ACTIVE and fails on ERROR or WARNING with
 * Senlin's reason. `getNode(n, { show_details: true })` adds the physical object's details.
 */
export const nodes = defineResource({
  service: clusteringService,
  path: "nodes",
  singular: "Node",
  plural: "Nodes",
  key: "node",
  pluralKey: "nodes",
  schema: Node,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name", "status", "cluster_id"],
  filters: senlinListFilters,
  getQuery: { show_details: v.boolean() },
  deleteQuery: { force: v.boolean() },
  required: ["name", "profile_id"],
  readOnly: [
    "profile_name",
    "physical_id",
    "index",
    "data",
    "dependents",
    "details",
    "status",
    "status_reason",
    "init_at",
    ...ownerReadOnly,
  ],
  createOnly: ["cluster_id"],
  microversionBounds: { tainted: { addedIn: "1.13" }, force: { addedIn: "1.8" } },
  updateMethod: "PATCH",
  pagination: "marker",
  maxMicroversion: MAX_MICROVERSION,
  actions: nodeActions,
});
export type Node = Item<typeof nodes>;

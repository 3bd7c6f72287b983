import { defineResource, type Item, type SessionOrClient } from "@openstack-ts/core";
import * as v from "valibot";
import { containerInfrastructureManagementService } from "../descriptor.js";
import {
  labels,
  links,
  MAGNUM_MAX,
  magnumSort,
  maybeBoolean,
  maybeNumber,
  maybeString,
  timestamps,
  type UuidRef,
  uuidOf,
} from "../shared.js";
import { sendPatch } from "../patch.js";

/**
 * A node group of a cluster (1.9): servers of one flavor and image in one role. Every cluster
 * has two made with it, `default-master` and `default-worker` (`is_default`); more workers
 * can be added, each with its own Heat stack.
 */
export const Nodegroup = v.looseObject({
  uuid: v.string(),
  id: v.optional(v.number()),
  name: v.string(),
  cluster_id: maybeString,
  /** `master`, `worker`, or any role of the caller's. */
  role: maybeString,
  is_default: maybeBoolean,
  flavor_id: maybeString,
  image_id: maybeString,
  docker_volume_size: maybeNumber,
  node_count: maybeNumber,
  min_node_count: maybeNumber,
  max_node_count: maybeNumber,
  node_addresses: v.optional(v.nullable(v.array(v.string()))),
  stack_id: maybeString,
  /** Heat's vocabulary, as a cluster's: CREATE_IN_PROGRESS, CREATE_COMPLETE, *_FAILED, … */
  status: maybeString,
  status_reason: maybeString,
  /** The COE version its servers run. */
  version: maybeString,
  merge_labels: maybeBoolean,
  labels,
  labels_overridden: labels,
  labels_added: labels,
  labels_skipped: labels,
  project_id: maybeString,
  ...timestamps,
  links,
});

/**
 * Node groups, under their cluster (`cluster_id`: its uuid or name). Create answers the new
 * group (202) while its stack is made; `updateNodegroup` sends Magnum's JSON patch (node counts). The default
 * groups cannot be deleted.
 */
export const nodegroups = defineResource({
  service: containerInfrastructureManagementService,
  path: "clusters/{cluster_id}/nodegroups",
  singular: "Nodegroup",
  plural: "Nodegroups",
  pluralKey: "nodegroups",
  idField: "uuid",
  markerField: "uuid",
  schema: Nodegroup,
  verbs: ["list", "get", "find", "create", "delete", "waitFor"],
  query: ["role"],
  filters: { ...magnumSort, limit: v.number() },
  required: ["name"],
  readOnly: [
    "uuid",
    "links",
    "project_id",
    "created_at",
    "updated_at",
    "id",
    "cluster_id",
    "stack_id",
    "status",
    "status_reason",
    "node_addresses",
    "is_default",
  ],
  maxMicroversion: MAGNUM_MAX,
  status: { failures: ["CREATE_FAILED", "UPDATE_FAILED", "DELETE_FAILED"] },
});
export type Nodegroup = Item<typeof nodegroups>;

/** What a node group's update may change (Magnum takes its node counts); `null` removes a field. */
export interface NodegroupUpdate {
  readonly node_count?: number;
  readonly min_node_count?: number;
  readonly max_node_count?: number | null;
}

/** Changes a node group by Magnum's JSON patch; Magnum answers the group (202) and resizes its stack. */
export function updateNodegroup(
  target: SessionOrClient,
  nodegroup: UuidRef,
  fields: NodegroupUpdate,
  options: { readonly cluster_id: string; readonly signal?: AbortSignal },
): Promise<Nodegroup> {
  return sendPatch(
    "updateNodegroup",
    target,
    "clusters/{cluster_id}/nodegroups/{nodegroup}",
    { cluster_id: options.cluster_id, nodegroup: uuidOf(nodegroup) },
    fields,
    Nodegroup,
    ["uuid", "links", "project_id", "created_at", "updated_at", "id", "cluster_id", "stack_id", "status"],
    options.signal,
  );
}

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { containerInfrastructureManagementService } from "../descriptor.js";
import {
  ClusterId,
  labels,
  links,
  MAGNUM_MAX,
  magnumSort,
  maybeBoolean,
  maybeNumber,
  maybeString,
  timestamps,
} from "../shared.js";

/**
 * A cluster, fields as the Magnum v1 reference names them. `status` is Heat's vocabulary
 * (CREATE_IN_PROGRESS, CREATE_COMPLETE, CREATE_FAILED, UPDATE_*, DELETE_*, …) and
 * `status_reason` says why, from the cluster's Heat stack.
 */
export const Cluster = v.looseObject({
  uuid: v.string(),
  name: maybeString,
  cluster_template_id: v.string(),
  status: maybeString,
  status_reason: maybeString,
  /** HEALTHY, UNHEALTHY or UNKNOWN, from the conductor's health checks. */
  health_status: maybeString,
  health_status_reason: v.optional(v.nullable(v.record(v.string(), v.unknown()))),
  stack_id: maybeString,
  keypair: maybeString,
  master_count: maybeNumber,
  node_count: maybeNumber,
  /** Minutes Heat gives the stack to be made; 0 waits for ever. */
  create_timeout: maybeNumber,
  docker_volume_size: maybeNumber,
  flavor_id: maybeString,
  master_flavor_id: maybeString,
  discovery_url: maybeString,
  api_address: maybeString,
  coe_version: maybeString,
  container_version: maybeString,
  master_addresses: v.optional(v.nullable(v.array(v.string()))),
  node_addresses: v.optional(v.nullable(v.array(v.string()))),
  fixed_network: maybeString,
  fixed_subnet: maybeString,
  floating_ip_enabled: maybeBoolean,
  master_lb_enabled: maybeBoolean,
  /** Merge these labels into the template's instead of replacing them (1.9). */
  merge_labels: maybeBoolean,
  labels,
  labels_overridden: labels,
  labels_added: labels,
  labels_skipped: labels,
  /** What failed, by resource, once the cluster is *_FAILED. */
  faults: v.optional(v.nullable(v.record(v.string(), v.unknown()))),
  project_id: maybeString,
  user_id: maybeString,
  ...timestamps,
  links,
});

/** `resizeCluster({ cluster, node_count, nodes_to_remove?, nodegroup? })`'s arguments (1.7). */
export interface ResizeArgs {
  readonly node_count: number;
  /** Server ids to remove when shrinking. */
  readonly nodes_to_remove?: readonly string[];
  /** The node group to resize: its uuid or name; default the cluster's default worker group. */
  readonly nodegroup?: string;
}

/** `upgradeCluster({ cluster, cluster_template, max_batch_size?, nodegroup? })`'s arguments (1.8). */
export interface UpgradeArgs {
  /** The template to upgrade to: its uuid or name. */
  readonly cluster_template: string;
  readonly max_batch_size?: number;
  readonly nodegroup?: string;
}

/**
 * Clusters. Lists are the detailed view (`clusters/detail`). Create, update, resize and
 * upgrade answer only the cluster's uuid (202) and run in the conductor: `createCluster` and
 * `updateCluster` answer the cluster as it then is, and `waitForCluster` follows its status.
 */
export const clusters = defineResource({
  service: containerInfrastructureManagementService,
  path: "clusters",
  listPath: "clusters/detail",
  singular: "Cluster",
  plural: "Clusters",
  pluralKey: "clusters",
  idField: "uuid",
  markerField: "uuid",
  schema: Cluster,
  verbs: ["list", "get", "find", "delete"],
  filters: { ...magnumSort, limit: v.number() },
  maxMicroversion: MAGNUM_MAX,
  // Magnum deletes a cluster's node groups before the cluster: in between, the cluster's
  // master_count adds up to 0, below the API's minimum of 1, and its GET answers 400.
  whileDeleting: { status: 400, says: "master_count" },
  actions: {
    resizeCluster: {
      method: "POST",
      path: "clusters/{cluster}/actions/resize",
      idField: "uuid",
      body: (a: ResizeArgs) => ({
        node_count: a.node_count,
        ...(a.nodes_to_remove !== undefined && { nodes_to_remove: a.nodes_to_remove }),
        ...(a.nodegroup !== undefined && { nodegroup: a.nodegroup }),
      }),
      returns: "json",
      schema: ClusterId,
      requires: "1.7",
      maxMicroversion: MAGNUM_MAX,
    },
    upgradeCluster: {
      method: "POST",
      path: "clusters/{cluster}/actions/upgrade",
      idField: "uuid",
      body: (a: UpgradeArgs) => ({
        cluster_template: a.cluster_template,
        ...(a.max_batch_size !== undefined && { max_batch_size: a.max_batch_size }),
        ...(a.nodegroup !== undefined && { nodegroup: a.nodegroup }),
      }),
      returns: "json",
      schema: ClusterId,
      requires: "1.8",
      maxMicroversion: MAGNUM_MAX,
    },
  },
});
export type Cluster = Item<typeof clusters>;

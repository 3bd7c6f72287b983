import type { ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";
import { ActionAccepted, MAX_MICROVERSION } from "../shared.js";

const ACTIONS = "clusters/{cluster}/actions" as const;

/** What `clusterAction` declares; `requires` is absent, not undefined, when no microversion is needed. */
export interface ClusterAction<A> {
  readonly method: "POST";
  readonly path: typeof ACTIONS;
  readonly body: (args: A & { cluster: unknown }) => Record<string, unknown>;
  readonly returns: "json";
  readonly schema: typeof ActionAccepted;
  readonly maxMicroversion: typeof MAX_MICROVERSION;
  readonly requires?: string;
}

/** A POST of `{ <name>: <body> }` to a cluster's actions, answering the action's id. */
/* @__NO_SIDE_EFFECTS__ */
const clusterAction = <A>(name: string, body: (args: A) => unknown, requires?: string): ClusterAction<A> => {
  const spec = {
    method: "POST",
    path: ACTIONS,
    body: (args: A & { cluster: unknown }) => ({ [name]: body(args) }),
    returns: "json",
    schema: ActionAccepted,
    maxMicroversion: MAX_MICROVERSION,
  } as const;
  // Declarations are read by users with exactOptionalPropertyTypes: a spread of `requires && …` would type it `string | undefined`.
  return requires === undefined ? spec : { ...spec, requires };
};

/** How `resizeCluster` reads `number`: nodes to add or remove, a percentage, or the size wanted. */
export type AdjustmentType = "EXACT_CAPACITY" | "CHANGE_IN_CAPACITY" | "CHANGE_IN_PERCENTAGE";

/** What `resizeCluster` takes besides the cluster; at least one of them. */
export interface ClusterResizeArgs {
  adjustment_type?: AdjustmentType;
  number?: number;
  min_size?: number;
  max_size?: number;
  /** With CHANGE_IN_PERCENTAGE: the fewest nodes a change adds or removes. */
  min_step?: number;
  /** True: fail rather than go beyond `min_size` or `max_size`. */
  strict?: boolean;
}

/** Drops the arguments that are not in the body (the cluster) and the undefined ones. */
const given = (args: object, except: string) =>
  Object.fromEntries(Object.entries(args).filter(([k, value]) => k !== except && value !== undefined));

/**
 * A cluster's operations, named as openstacksdk names them, each a POST answered 202 with
 * `{ action }`: the id of the action that does it (`waitForAction`).
 */
export const clusterActions = {
  /** Adds nodes that belong to no cluster (by id or name). */
  addNodesToCluster: clusterAction("add_nodes", (a: { nodes: readonly string[] }) => ({ nodes: a.nodes })),
  /** Removes nodes; with `destroy_after_deletion` (1.4), deletes them too. */
  removeNodesFromCluster: clusterAction(
    "del_nodes",
    (a: { nodes: readonly string[]; destroy_after_deletion?: boolean }) => given(a, "cluster"),
  ),
  /** Swaps nodes: `{ old node: new node }`, by id or name (1.3). */
  replaceNodesInCluster: clusterAction(
    "replace_nodes",
    (a: { nodes: Readonly<Record<string, string>> }) => ({ nodes: a.nodes }),
    "1.3",
  ),
  /** Adds `count` nodes (a scaling policy's number, or 1, when not given). */
  scaleOutCluster: clusterAction("scale_out", (a: { count?: number }) => given(a, "cluster")),
  /** Removes `count` nodes (a deletion policy chooses which, or the oldest). */
  scaleInCluster: clusterAction("scale_in", (a: { count?: number }) => given(a, "cluster")),
  /** Changes the size and its bounds at once. */
  resizeCluster: clusterAction("resize", (a: ClusterResizeArgs) => given(a, "cluster")),
  /** Attaches a policy (by id or name), enabled unless `enabled: false`. */
  attachPolicyToCluster: clusterAction("policy_attach", (a: { policy_id: string; enabled?: boolean }) =>
    given(a, "cluster"),
  ),
  detachPolicyFromCluster: clusterAction("policy_detach", (a: { policy_id: string }) => ({ policy_id: a.policy_id })),
  /** Enables or disables an attached policy. */
  updateClusterPolicy: clusterAction("policy_update", (a: { policy_id: string; enabled: boolean }) =>
    given(a, "cluster"),
  ),
  /** Checks every node's physical object (does the server still exist and run?). */
  checkCluster: clusterAction("check", (a: { params?: Readonly<Record<string, unknown>> }) => a.params ?? {}),
  /** Recovers the nodes in error: `{ operation: "rebuild" | "recreate" | "reboot", operation_params, check }`. */
  recoverCluster: clusterAction("recover", (a: { params?: Readonly<Record<string, unknown>> }) => a.params ?? {}),
  /** Lets a node deletion waiting on a lifecycle hook go on (1.9). */
  completeClusterLifecycle: clusterAction(
    "complete_lifecycle",
    (a: { lifecycle_action_token: string }) => ({ lifecycle_action_token: a.lifecycle_action_token }),
    "1.9",
  ),
  /**
   * Runs a profile type's operation (`reboot`, …; `listProfileTypeOperations` names them) on
   * the cluster's nodes, those matching `filters` only when given (1.4).
   */
  performOperationOnCluster: {
    method: "POST",
    path: "clusters/{cluster}/ops",
    body: (a: {
      operation: string;
      params?: Readonly<Record<string, unknown>>;
      filters?: Readonly<Record<string, unknown>>;
    }) => ({
      [a.operation]: given({ filters: a.filters, params: a.params ?? {} }, ""),
    }),
    returns: "json",
    schema: ActionAccepted,
    requires: "1.4",
    maxMicroversion: MAX_MICROVERSION,
  },
  /**
   * The value at `path` of every node's details (`details.addresses.private[0].addr`), by
   * node id (1.2).
   */
  collectClusterAttrs: {
    method: "GET",
    path: "clusters/{cluster}/attrs/{path}",
    returns: "json",
    resultKey: "cluster_attributes",
    schema: v.array(v.looseObject({ id: v.string(), value: v.unknown() })),
    requires: "1.2",
    maxMicroversion: MAX_MICROVERSION,
  },
} as const satisfies Record<string, ActionSpec>;

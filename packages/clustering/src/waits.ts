import {
  type Ref,
  refuseUnknownOptions,
  ResourceFailureError,
  type ResourceSpec,
  type SessionOrClient,
  waitForStatus,
  type WaitOptions,
} from "@openstack-ts/core";
import { type Action, actions } from "./actions/action.js";
import { type Cluster, clusters } from "./clusters/cluster.js";
import { type Node, nodes } from "./nodes/node.js";

/** What the waits take: the states to wait for and to fail on, and the polling. */
export type SenlinWaitOptions<T> = Omit<WaitOptions<T>, "status" | "failures"> & {
  status?: string | readonly string[];
  failures?: readonly string[];
};

const WAIT_OPTIONS = ["status", "failures", "signal", "interval", "maxInterval", "timeout", "onProgress"];

type WithStatus = { id: string; name?: string; status: string; status_reason?: string | null | undefined };

/**
 * Polls one item's `status` until it is one of `status`; a state of `failures` (unless
 * waited for) ends the wait with `ResourceFailureError` carrying Senlin's `status_reason`,
 * which says what went wrong (the node that failed, Nova's fault).
 */
function waitWithReason<T extends WithStatus>(
  spec: ResourceSpec,
  what: string,
  defaults: { status: string; failures: readonly string[] },
  target: SessionOrClient,
  ref: Ref,
  options: SenlinWaitOptions<T>,
): Promise<T> {
  refuseUnknownOptions(spec.service, what, options, WAIT_OPTIONS);
  const { status = defaults.status, failures = defaults.failures, onProgress, ...poll } = options;
  const wanted = [status].flat().map((s) => s.toUpperCase());
  const failed = failures.map((s) => s.toUpperCase()).filter((s) => !wanted.includes(s));
  return waitForStatus<T>(spec, target, ref, {
    ...poll,
    status: wanted,
    // Judged here instead, with the reason.
    failures: [],
    onProgress: (item) => {
      onProgress?.(item);
      const state = item.status.toUpperCase();
      if (failed.includes(state)) {
        throw new ResourceFailureError(
          `${spec.singular} ${item.name ?? ""} (${item.id}) went to ${state} while waiting for ${wanted.join(" or ")}: ` +
            `${item.status_reason ?? "Senlin gave no reason"}`,
        );
      }
    },
  });
}

/** An action, by id, as the item, or as what an operation answered (`{ action }`). */
export type ActionRef = string | { id: string } | { action: string; id?: never };

const actionId = (ref: ActionRef): string =>
  typeof ref === "string" ? ref : "id" in ref && ref.id ? ref.id : (ref as { action: string }).action;

/**
 * Waits for an action (by id, or what `scaleOutCluster` and the other operations answer)
 * to reach SUCCEEDED; FAILED or CANCELLED ends the wait with Senlin's reason.
 */
export function waitForAction(
  target: SessionOrClient,
  action: ActionRef,
  options: SenlinWaitOptions<Action> = {},
): Promise<Action> {
  return waitWithReason(
    actions,
    "waitForAction",
    { status: "SUCCEEDED", failures: ["FAILED", "CANCELLED"] },
    target,
    actionId(action),
    options,
  );
}

/** Waits for a cluster to be ACTIVE; ERROR, CRITICAL or WARNING ends the wait with Senlin's reason. */
export function waitForCluster(
  target: SessionOrClient,
  cluster: string | Cluster,
  options: SenlinWaitOptions<Cluster> = {},
): Promise<Cluster> {
  return waitWithReason(
    clusters,
    "waitForCluster",
    { status: "ACTIVE", failures: ["ERROR", "CRITICAL", "WARNING"] },
    target,
    cluster,
    options,
  );
}

/** Waits for a node to be ACTIVE; ERROR or WARNING ends the wait with Senlin's reason. */
export function waitForNode(
  target: SessionOrClient,
  node: string | Node,
  options: SenlinWaitOptions<Node> = {},
): Promise<Node> {
  return waitWithReason(
    nodes,
    "waitForNode",
    { status: "ACTIVE", failures: ["ERROR", "WARNING"] },
    target,
    node,
    options,
  );
}

import {
  ConflictError,
  ResourceFailureError,
  runAction,
  type SessionOrClient,
  waitForStatus,
  type WaitOptions,
} from "@openstack-ts/core";
import { baremetalService } from "../descriptor.js";
import { IRONIC_MAX } from "../shared.js";
import { NODE_FAILURES, type Node, nodes } from "./node.js";

/** A node: the item, its uuid, or its name. */
export type NodeRef = string | { readonly uuid: string };

/** How long and how often to poll, and a signal: what every wait here takes. */
export type NodeWaitOptions = Omit<WaitOptions<Node>, "status" | "failures">;

/** The provision-state targets Ironic's `PUT /v1/nodes/{node}/states/provision` takes. */
export type ProvisionTarget =
  | "manage"
  | "provide"
  | "inspect"
  | "active"
  | "deleted"
  | "rebuild"
  | "clean"
  | "rescue"
  | "unrescue"
  | "abort"
  | "adopt"
  | "service"
  | "unhold";

/** Where a node settles after each target when it goes well: what `wait` waits for. */
export const EXPECTED_PROVISION_STATE: Readonly<Partial<Record<ProvisionTarget, string>>> = {
  manage: "manageable",
  provide: "available",
  inspect: "manageable",
  active: "active",
  deleted: "available",
  rebuild: "active",
  clean: "manageable",
  rescue: "rescue",
  unrescue: "active",
  adopt: "active",
  service: "active",
};

/** The power-state targets, and the power state each leaves the node in. */
export const EXPECTED_POWER_STATE = {
  "power on": "power on",
  "power off": "power off",
  rebooting: "power on",
  "soft power off": "power off",
  "soft rebooting": "power on",
} as const;
export type PowerTarget = keyof typeof EXPECTED_POWER_STATE;

export type ProvisionStateOptions = NodeWaitOptions & {
  /** Wait until the node settles in the target's state (EXPECTED_PROVISION_STATE). */
  wait?: boolean;
  /** A config drive for `active`/`rebuild`: base64 gzipped ISO text, or its contents as an object (1.56). */
  configdrive?: string | Readonly<Record<string, unknown>>;
  clean_steps?: readonly Readonly<Record<string, unknown>>[];
  deploy_steps?: readonly Readonly<Record<string, unknown>>[];
  service_steps?: readonly Readonly<Record<string, unknown>>[];
  rescue_password?: string;
  /** A runbook's name or uuid for `clean` or `service`, instead of steps (1.92, newer than Zed). */
  runbook?: string;
  disable_ramdisk?: boolean;
};

const uuidOf = (node: NodeRef): string => (typeof node === "string" ? node : node.uuid);

/**
 * A state change the conductor refuses while it holds the node's lock (a power sync, the
 * last change still running) answers 409 "locked": asked again a moment later, it passes.
 */
async function retryWhileLocked<T>(call: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const locked = error instanceof ConflictError && /locked/i.test(error.serverMessage ?? "");
      if (!locked || attempt >= 10 || signal?.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

/**
 * Moves a node through Ironic's provision state machine: `manage` (enroll → manageable),
 * `provide` (→ available, after cleaning), `active` (deploy), `deleted` (undeploy), … With
 * `wait`, polls until the node is in the target's state; a failure state ends the wait with
 * `ResourceFailureError` carrying Ironic's `last_error`. Returns the node as it then is.
 */
export async function setNodeProvisionState(
  target: SessionOrClient,
  node: NodeRef,
  provisionTarget: ProvisionTarget,
  options: ProvisionStateOptions = {},
): Promise<Node> {
  const { wait = false, signal, interval, maxInterval, timeout, onProgress, ...fields } = options;
  const expected = EXPECTED_PROVISION_STATE[provisionTarget];
  if (wait && expected === undefined)
    throw new TypeError(`setNodeProvisionState: cannot wait after '${provisionTarget}': it has no settled state`);
  const body = { target: provisionTarget, ...fields };
  const spec = {
    method: "PUT",
    path: "nodes/{node}/states/provision",
    maxMicroversion: IRONIC_MAX,
    body: () => body,
  } as const;
  await retryWhileLocked(
    () => runAction(baremetalService, "setNodeProvisionState", spec, target, { node: uuidOf(node) }, { signal }),
    signal,
  );
  if (!wait) return nodes.get(target, uuidOf(node), { signal });
  const [done] = await waitForNodesProvisionState(target, [node], expected!, {
    signal,
    interval,
    maxInterval,
    timeout,
    onProgress,
  });
  return done!;
}

/**
 * Polls every node until each is in `expectedState` (`available`, `active`, …); a node in a
 * failure state (`deploy failed`, `clean failed`, …) ends the wait, unless
 * `abortOnFailedState: false`. Returns the nodes in the order given.
 */
export function waitForNodesProvisionState(
  target: SessionOrClient,
  nodeRefs: readonly NodeRef[],
  expectedState: string,
  options: NodeWaitOptions & { abortOnFailedState?: boolean } = {},
): Promise<Node[]> {
  const { abortOnFailedState = true, onProgress, ...poll } = options;
  const wanted = expectedState.toUpperCase();
  return Promise.all(
    nodeRefs.map((node) =>
      waitForStatus<Node>(nodes, target, uuidOf(node), {
        ...poll,
        status: expectedState,
        // judged here, with the node's last_error
        failures: [],
        onProgress: (item) => {
          onProgress?.(item);
          const now = item.provision_state.toUpperCase();
          if (abortOnFailedState && now !== wanted && NODE_FAILURES.some((f) => f.toUpperCase() === now))
            throw new ResourceFailureError(
              `Node ${item.name ?? item.uuid} went to '${item.provision_state}' while waiting for '${expectedState}': ` +
                `${item.last_error ?? "Ironic gave no error"}`,
            );
        },
      }),
    ),
  );
}

/**
 * Turns a node on or off, reboots it (`rebooting`, `soft …` with a `timeout` in seconds for the
 * soft ones, 1.27). With `wait`, polls until the power state is the one the target leaves.
 */
export async function setNodePowerState(
  target: SessionOrClient,
  node: NodeRef,
  powerTarget: PowerTarget,
  options: NodeWaitOptions & { wait?: boolean; powerTimeout?: number } = {},
): Promise<Node> {
  const { wait = false, powerTimeout, signal, ...poll } = options;
  const body = { target: powerTarget, ...(powerTimeout !== undefined && { timeout: powerTimeout }) };
  const spec = {
    method: "PUT",
    path: "nodes/{node}/states/power",
    maxMicroversion: IRONIC_MAX,
    body: () => body,
  } as const;
  await retryWhileLocked(
    () => runAction(baremetalService, "setNodePowerState", spec, target, { node: uuidOf(node) }, { signal }),
    signal,
  );
  if (!wait) return nodes.get(target, uuidOf(node), { signal });
  return waitForNodePowerState(target, node, EXPECTED_POWER_STATE[powerTarget], { ...poll, signal });
}

/** Polls until the node's `power_state` is `expectedState` (`power on`, `power off`). */
export function waitForNodePowerState(
  target: SessionOrClient,
  node: NodeRef,
  expectedState: string,
  options: NodeWaitOptions = {},
): Promise<Node> {
  const byPower = { ...nodes, status: { field: "power_state", failures: ["error"] } };
  return waitForStatus<Node>(byPower, target, uuidOf(node), { ...options, status: expectedState });
}

/** Polls until no conductor holds the node's lock (`reservation` is null): it can be changed again. */
export function waitForNodeReservation(
  target: SessionOrClient,
  node: NodeRef,
  options: NodeWaitOptions = {},
): Promise<Node> {
  const byReservation = { ...nodes, status: { field: "reservation", failures: [] } };
  return waitForStatus<Node>(byReservation, target, uuidOf(node), { ...options, status: "" });
}

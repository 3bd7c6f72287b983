import {
  refuseUnknownOptions,
  ResourceFailureError,
  runAction,
  type SessionOrClient,
  waitForStatus,
  type WaitOptions,
} from "@openstack-ts/core";
import { containerInfrastructureManagementService as service } from "../descriptor.js";
import { ClusterId, JSON_PATCH, MAGNUM_MAX, type UuidRef, uuidOf } from "../shared.js";
import { magnumPatch } from "../patch.js";
import { type Cluster, clusters } from "./cluster.js";

/** What a cluster's create takes: the template, and what to change of it. */
export interface ClusterCreate {
  readonly cluster_template_id: string;
  readonly name?: string;
  readonly keypair?: string;
  readonly master_count?: number;
  readonly node_count?: number;
  /** Minutes Heat gives the stack; default 60, 0 waits for ever. */
  readonly create_timeout?: number;
  readonly discovery_url?: string;
  readonly docker_volume_size?: number;
  readonly labels?: Readonly<Record<string, string>>;
  readonly merge_labels?: boolean;
  readonly master_flavor_id?: string;
  readonly flavor_id?: string;
  readonly fixed_network?: string;
  readonly fixed_subnet?: string;
  readonly floating_ip_enabled?: boolean;
  readonly master_lb_enabled?: boolean;
}

/** What a cluster's update may change (Magnum refuses the rest); `null` removes a field. */
export interface ClusterUpdate {
  readonly node_count?: number;
  readonly health_status?: string | null;
  readonly health_status_reason?: Readonly<Record<string, string>> | null;
}

type CallOptions = { readonly signal?: AbortSignal };

const CREATE_FIELDS: readonly (keyof ClusterCreate)[] = [
  "cluster_template_id",
  "name",
  "keypair",
  "master_count",
  "node_count",
  "create_timeout",
  "discovery_url",
  "docker_volume_size",
  "labels",
  "merge_labels",
  "master_flavor_id",
  "flavor_id",
  "fixed_network",
  "fixed_subnet",
  "floating_ip_enabled",
  "master_lb_enabled",
];
const UPDATE_FIELDS: readonly (keyof ClusterUpdate)[] = ["node_count", "health_status", "health_status_reason"];

function refuseUnknownFields(what: string, body: object, known: readonly string[]): void {
  const unknown = Object.keys(body).filter((k) => !known.includes(k));
  if (unknown.length > 0)
    throw new TypeError(
      `${what}: Magnum takes no field ${unknown.map((k) => `'${k}'`).join(", ")} (it takes ${known.join(", ")})`,
    );
}

/**
 * Creates a cluster. Magnum answers only its uuid (202) and the conductor goes on to make the
 * cluster's CA, trust and Heat stack; this answers the cluster as it then is
 * (CREATE_IN_PROGRESS): `waitForCluster` follows it.
 */
export async function createCluster(
  target: SessionOrClient,
  body: ClusterCreate,
  options: CallOptions = {},
): Promise<Cluster> {
  refuseUnknownOptions(service, "createCluster", options, ["signal"]);
  refuseUnknownFields("createCluster", body, CREATE_FIELDS);
  if (typeof body.cluster_template_id !== "string")
    throw new TypeError(
      `createCluster: 'cluster_template_id' is required (given ${JSON.stringify(body.cluster_template_id)})`,
    );
  const spec = {
    method: "POST",
    path: "clusters",
    body: () => body,
    returns: "json",
    schema: ClusterId,
    maxMicroversion: MAGNUM_MAX,
  } as const;
  const { uuid } = (await runAction(
    service,
    "createCluster",
    spec,
    target,
    {},
    { signal: options.signal },
  )) as ClusterId;
  return clusters.get(target, uuid, { signal: options.signal });
}

/**
 * Changes a cluster's node count (or its health fields) by JSON patch; Magnum answers its
 * uuid (202) and the conductor updates the Heat stack. With `rollback` (1.3), a failed update
 * rolls the stack back. Answers the cluster as it then is (UPDATE_IN_PROGRESS).
 */
export async function updateCluster(
  target: SessionOrClient,
  cluster: UuidRef,
  patch: ClusterUpdate,
  options: CallOptions & { readonly rollback?: boolean } = {},
): Promise<Cluster> {
  refuseUnknownOptions(service, "updateCluster", options, ["signal", "rollback"]);
  refuseUnknownFields("updateCluster", patch, UPDATE_FIELDS);
  const operations = magnumPatch(patch);
  if (operations.length === 0)
    throw new TypeError("updateCluster: nothing to change (give node_count, health_status or health_status_reason)");
  const spec = {
    method: "PATCH",
    path: "clusters/{cluster}",
    body: () => operations,
    contentType: JSON_PATCH,
    query: () => ({ rollback: options.rollback === undefined ? undefined : options.rollback ? "True" : "False" }),
    returns: "json",
    schema: ClusterId,
    maxMicroversion: MAGNUM_MAX,
    ...(options.rollback !== undefined && { requires: "1.3" }),
  } as const;
  const { uuid } = (await runAction(
    service,
    "updateCluster",
    spec,
    target,
    { cluster: uuidOf(cluster) },
    { signal: options.signal },
  )) as ClusterId;
  return clusters.get(target, uuid, { signal: options.signal });
}

export type ClusterWaitOptions = Omit<WaitOptions<Cluster>, "status" | "failures"> & {
  /** The states to wait for; default `CREATE_COMPLETE`. */
  status?: string | readonly string[];
  /** The states that end the wait with `ResourceFailureError`; default every `*_FAILED` not waited for. */
  failures?: readonly string[];
};

/**
 * Polls a cluster's `status` until it is one of `status` (default CREATE_COMPLETE). A
 * `*_FAILED` state not waited for ends the wait with `ResourceFailureError` carrying Magnum's
 * `status_reason` (Heat's reason: which resource failed, and why); the clock ends it with
 * `ResourceTimeoutError`.
 */
export function waitForCluster(
  target: SessionOrClient,
  cluster: UuidRef,
  options: ClusterWaitOptions = {},
): Promise<Cluster> {
  const { status = "CREATE_COMPLETE", failures, onProgress, ...poll } = options;
  const wanted = [status].flat().map((s) => s.toUpperCase());
  const failed = (state: string) =>
    failures ? failures.some((f) => f.toUpperCase() === state) : state.endsWith("_FAILED") && !wanted.includes(state);
  return waitForStatus<Cluster>(clusters, target, uuidOf(cluster), {
    ...poll,
    status: wanted,
    // judged here, with the reason
    failures: [],
    onProgress: (item) => {
      onProgress?.(item);
      const state = (item.status ?? "").toUpperCase();
      if (failed(state))
        throw new ResourceFailureError(
          `Cluster ${item.name ?? item.uuid} (${item.uuid}) went to ${state} while waiting for ${wanted.join(" or ")}: ` +
            `${item.status_reason ?? "Magnum gave no reason"}`,
        );
    },
  });
}

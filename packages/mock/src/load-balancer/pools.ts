import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { refuseUnknownFilters } from "./filtering.js";
import {
  activate,
  idRefs,
  invalid,
  loadBalancerOf,
  lockForChange,
  notFound,
  treeDefaults,
  treeFilters,
  unknownAttribute,
  withTenant,
} from "./octavia.js";

const ALGORITHMS = ["ROUND_ROBIN", "LEAST_CONNECTIONS", "SOURCE_IP", "SOURCE_IP_PORT"];

const TLS: Row = {
  tls_container_ref: null,
  ca_tls_container_ref: null,
  crl_container_ref: null,
  tls_enabled: false,
  tls_ciphers: null,
  tls_versions: null,
  alpn_protocols: null,
};

const CHANGEABLE = [
  "name",
  "description",
  "admin_state_up",
  "tags",
  "lb_algorithm",
  "session_persistence",
  ...Object.keys(TLS),
];

/** The listener a pool is made for (its default pool), which must be the caller's. */
function listenerOf(ctx: Ctx, id: unknown): Row {
  const listener = ctx.cloud.state.lbListeners.find((l) => l.id === id);
  if (!listener || (!ctx.auth?.isAdmin && listener["project_id"] !== ctx.auth?.projectId))
    throw new ApiError(400, `Listener ${String(id)} not found.`);
  return listener;
}

/**
 * Octavia's pools, on a listener (as its default pool) or just on a load balancer. A create,
 * change or delete locks the load balancer (PENDING_UPDATE) until the cloud's delay has passed.
 */
export const pools: CollectionSpec = {
  state: "lbPools",
  path: "v2/lbaas/pools",
  key: "pool",
  pluralKey: "pools",
  verbs: ["list", "get", "create", "update", "delete"],
  paging: "octavia",
  unknownFilters: "ignore",
  filters: treeFilters("protocol", "lb_algorithm", "healthmonitor_id", "loadbalancer_id", "listener_id"),
  beforeList: (ctx) => refuseUnknownFilters(pools, ctx),
  access: { owner: ["project_id"], admin: "all" },
  updateMethod: "PUT",
  notFound: notFound("Pool"),
  creatable: ["protocol", "listener_id", "loadbalancer_id", "members", "healthmonitor", "project_id", ...CHANGEABLE],
  updatable: CHANGEABLE,
  unknownField: (names) => unknownAttribute("pool_.pool")(names),
  build: (input, ctx) => {
    const listener = input["listener_id"] === undefined ? undefined : listenerOf(ctx, input["listener_id"]);
    if (!listener && input["loadbalancer_id"] === undefined)
      throw invalid("listener_id or loadbalancer_id must be specified.");
    const lb = loadBalancerOf(ctx, listener?.["loadbalancer_id"] ?? input["loadbalancer_id"], true);
    if (typeof input["protocol"] !== "string")
      throw new ApiError(400, `Invalid input for field/attribute protocol. Value: '${String(input["protocol"])}'.`);
    if (!ALGORITHMS.includes(String(input["lb_algorithm"])))
      throw new ApiError(
        400,
        `Invalid input for field/attribute lb_algorithm. Value: '${String(input["lb_algorithm"])}'.`,
      );
    if (listener?.["default_pool_id"]) throw new ApiError(409, "This listener already has a default pool");
    const pool: Row = {
      id: uuid(),
      ...treeDefaults(input, ctx),
      protocol: input["protocol"],
      lb_algorithm: input["lb_algorithm"],
      session_persistence: input["session_persistence"] ?? null,
      ...TLS,
      ...Object.fromEntries(Object.keys(TLS).flatMap((k) => (k in input ? [[k, input[k]]] : []))),
      healthmonitor_id: null,
      loadbalancer_id: lb.id,
      listener_id: listener?.id ?? null,
    };
    lockForChange(ctx, lb, () => activate(ctx, pool));
    if (listener) listener["default_pool_id"] = pool.id;
    return pool;
  },
  change: (pool, input, ctx) => {
    lockForChange(ctx, loadBalancerOf(ctx, pool["loadbalancer_id"]), () => activate(ctx, pool));
    Object.assign(pool, input, { provisioning_status: "PENDING_UPDATE" });
  },
  view: (pool, ctx) => {
    const { loadbalancer_id: lbId, listener_id: listenerId, ...shown } = pool;
    const members = ctx.cloud.state.lbMembers.filter((m) => m["pool_id"] === pool.id);
    return withTenant({
      ...shown,
      loadbalancers: [{ id: lbId }],
      listeners: listenerId ? [{ id: listenerId }] : [],
      members: idRefs(members),
    });
  },
  remove: (pool, ctx) => {
    const { state } = ctx.cloud;
    lockForChange(ctx, loadBalancerOf(ctx, pool["loadbalancer_id"]), () => {
      state.lbMembers = state.lbMembers.filter((m) => m["pool_id"] !== pool.id);
      for (const listener of state.lbListeners)
        if (listener["default_pool_id"] === pool.id) listener["default_pool_id"] = null;
    });
    pool["provisioning_status"] = "PENDING_DELETE";
    return "later";
  },
};

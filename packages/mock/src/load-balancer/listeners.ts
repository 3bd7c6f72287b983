import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { refuseUnknownFilters } from "./filtering.js";
import {
  activate,
  invalid,
  loadBalancerOf,
  lockForChange,
  notFound,
  treeDefaults,
  treeFilters,
  unknownAttribute,
  withTenant,
} from "./octavia.js";

const PROTOCOLS = ["HTTP", "HTTPS", "TCP", "UDP", "TERMINATED_HTTPS", "SCTP", "PROMETHEUS"];

/** The defaults Octavia gives a new listener (its haproxy timeouts, in ms). */
const DEFAULTS: Row = {
  connection_limit: -1,
  default_tls_container_ref: null,
  sni_container_refs: [],
  default_pool_id: null,
  insert_headers: {},
  timeout_client_data: 50000,
  timeout_member_connect: 5000,
  timeout_member_data: 50000,
  timeout_tcp_inspect: 0,
  client_ca_tls_container_ref: null,
  client_authentication: "NONE",
  client_crl_container_ref: null,
  allowed_cidrs: null,
  tls_ciphers: null,
  tls_versions: null,
  alpn_protocols: null,
};

const CHANGEABLE = ["name", "description", "admin_state_up", "tags", "default_pool_id", ...Object.keys(DEFAULTS)];

/** The load balancer a listener belongs to, which must be free for a change. */
const parentOf = (ctx: Ctx, listener: Row) => loadBalancerOf(ctx, listener["loadbalancer_id"]);

/**
 * Octavia's listeners: a create or change puts the listener and its load balancer in
 * PENDING_*; both are ACTIVE again after the cloud's delay. Refused (409) while the load
 * balancer is busy, and when another listener there uses the same protocol and port.
 */
export const listeners: CollectionSpec = {
  state: "lbListeners",
  path: "v2/lbaas/listeners",
  key: "listener",
  pluralKey: "listeners",
  verbs: ["list", "get", "create", "update", "delete"],
  paging: "octavia",
  unknownFilters: "ignore",
  filters: treeFilters("protocol", "protocol_port", "connection_limit", "default_pool_id", "loadbalancer_id"),
  beforeList: (ctx) => refuseUnknownFilters(listeners, ctx),
  access: { owner: ["project_id"], admin: "all" },
  updateMethod: "PUT",
  notFound: notFound("Listener"),
  creatable: [
    "loadbalancer_id",
    "protocol",
    "protocol_port",
    "default_pool",
    "l7policies",
    "project_id",
    ...CHANGEABLE,
  ],
  updatable: CHANGEABLE,
  unknownField: (names) => unknownAttribute("listener_.listener")(names),
  build: (input, ctx) => {
    const lb = loadBalancerOf(ctx, input["loadbalancer_id"], true);
    const { protocol, protocol_port: port } = input;
    if (typeof protocol !== "string" || !PROTOCOLS.includes(protocol))
      throw new ApiError(400, `Invalid input for field/attribute protocol. Value: '${String(protocol)}'.`);
    if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535)
      throw new ApiError(400, `Invalid input for field/attribute protocol_port. Value: '${String(port)}'.`);
    const taken = ctx.cloud.state.lbListeners.some(
      (l) => l["loadbalancer_id"] === lb.id && l["protocol_port"] === port && l["protocol"] === protocol,
    );
    if (taken)
      throw new ApiError(
        409,
        `Another Listener on this Load Balancer is already using protocol ${protocol} and protocol_port ${port}`,
      );
    if (input["default_pool_id"] != null && !ctx.cloud.state.lbPools.some((p) => p.id === input["default_pool_id"]))
      throw invalid(`Pool ${String(input["default_pool_id"])} not found.`);
    const listener: Row = {
      id: uuid(),
      ...treeDefaults(input, ctx),
      protocol,
      protocol_port: port,
      ...DEFAULTS,
      ...Object.fromEntries(Object.keys(DEFAULTS).flatMap((k) => (k in input ? [[k, input[k]]] : []))),
      loadbalancer_id: lb.id,
    };
    lockForChange(ctx, lb, () => activate(ctx, listener));
    return listener;
  },
  change: (listener, input, ctx) => {
    lockForChange(ctx, parentOf(ctx, listener), () => activate(ctx, listener));
    Object.assign(listener, input, { provisioning_status: "PENDING_UPDATE" });
  },
  view: (listener) => {
    const { loadbalancer_id: lbId, ...shown } = listener;
    return withTenant({ ...shown, l7policies: [], loadbalancers: [{ id: lbId }] });
  },
  remove: (listener, ctx) => {
    lockForChange(ctx, parentOf(ctx, listener), () => undefined);
    listener["provisioning_status"] = "PENDING_DELETE";
    // Its pools stay, no longer any listener's default.
    return "later";
  },
};

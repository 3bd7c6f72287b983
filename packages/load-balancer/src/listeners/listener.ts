import { defineResource, type ActionSpec, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { loadBalancerService } from "../descriptor.js";
import { Statistics } from "../load-balancers/load-balancer-status.js";
import {
  fieldSelection,
  idRefs,
  octaviaSort,
  optionalString,
  provisioning,
  sortFilters,
  tagFilters,
  treeFields,
  treeQuery,
  treeReadOnly,
} from "../shared.js";

const optionalNumber = v.optional(v.nullable(v.number()));
const optionalStrings = v.optional(v.nullable(v.array(v.string())));

/** A listener: a protocol and port on the load balancer's VIP, with its default pool. */
export const Listener = v.looseObject({
  ...treeFields,
  protocol: v.string(),
  protocol_port: v.number(),
  // Create only: the load balancer to add the listener to (answered in `loadbalancers`).
  loadbalancer_id: v.optional(v.string()),
  loadbalancers: idRefs,
  l7policies: v.optional(v.array(v.looseObject({}))),
  connection_limit: optionalNumber,
  default_pool_id: optionalString,
  default_pool: v.optional(v.looseObject({})),
  default_tls_container_ref: optionalString,
  sni_container_refs: optionalStrings,
  insert_headers: v.optional(v.nullable(v.record(v.string(), v.string()))),
  timeout_client_data: optionalNumber,
  timeout_member_connect: optionalNumber,
  timeout_member_data: optionalNumber,
  timeout_tcp_inspect: optionalNumber,
  client_ca_tls_container_ref: optionalString,
  client_authentication: optionalString,
  client_crl_container_ref: optionalString,
  allowed_cidrs: optionalStrings,
  tls_ciphers: optionalString,
  tls_versions: optionalStrings,
  alpn_protocols: optionalStrings,
  hsts_include_subdomains: v.optional(v.boolean()),
  hsts_max_age: optionalNumber,
  hsts_preload: v.optional(v.boolean()),
});

const actions = {
  /** Traffic counters of one listener, `{ active_connections, bytes_in, … }`. */
  getListenerStatistics: {
    method: "GET",
    path: "lbaas/listeners/{listener}/stats",
    returns: "json",
    resultKey: "stats",
    schema: Statistics,
  },
} as const satisfies Record<string, ActionSpec>;

/**
 * Listeners. A create or change puts the listener and its load balancer in PENDING_*;
 * the next change under that load balancer must wait for `waitForLoadBalancer(…, { status: "ACTIVE" })`.
 */
export const listeners = defineResource({
  service: loadBalancerService,
  path: "lbaas/listeners",
  singular: "Listener",
  plural: "Listeners",
  key: "listener",
  pluralKey: "listeners",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  schema: Listener,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  status: provisioning,
  getQuery: fieldSelection,
  query: [...treeQuery, "protocol", "protocol_port", "connection_limit", "default_pool_id", "loadbalancer_id"],
  filters: { ...sortFilters, ...octaviaSort, ...tagFilters },
  required: ["protocol", "protocol_port"],
  readOnly: [...treeReadOnly, "loadbalancers"],
  createOnly: ["project_id", "protocol", "protocol_port", "loadbalancer_id", "default_pool", "l7policies"],
  actions,
});

export type Listener = Item<typeof listeners>;

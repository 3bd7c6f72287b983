import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { loadBalancerService } from "../descriptor.js";
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

const optionalStrings = v.optional(v.nullable(v.array(v.string())));

/** How a pool keeps a client on one member: by source IP, by a cookie haproxy sets, or the application's cookie. */
export const SessionPersistence = v.looseObject({
  type: v.string(),
  cookie_name: optionalString,
  persistence_timeout: v.optional(v.nullable(v.number())),
  persistence_granularity: optionalString,
});

/** A pool: the members one listener (or L7 policy) sends traffic to, and how it picks one. */
export const Pool = v.looseObject({
  ...treeFields,
  protocol: v.string(),
  lb_algorithm: v.string(),
  // Create only, one of the two: the listener whose default pool this is, or just the load balancer.
  listener_id: v.optional(v.string()),
  loadbalancer_id: v.optional(v.string()),
  listeners: idRefs,
  loadbalancers: idRefs,
  members: v.optional(v.array(v.looseObject({}))),
  healthmonitor_id: optionalString,
  healthmonitor: v.optional(v.looseObject({})),
  session_persistence: v.optional(v.nullable(SessionPersistence)),
  tls_enabled: v.optional(v.boolean()),
  tls_container_ref: optionalString,
  ca_tls_container_ref: optionalString,
  crl_container_ref: optionalString,
  tls_ciphers: optionalString,
  tls_versions: optionalStrings,
  alpn_protocols: optionalStrings,
});

/** Pools. Like every change under a load balancer, a create leaves it PENDING_UPDATE until the worker is done. */
export const pools = defineResource({
  service: loadBalancerService,
  path: "lbaas/pools",
  singular: "Pool",
  plural: "Pools",
  key: "pool",
  pluralKey: "pools",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  schema: Pool,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  status: provisioning,
  getQuery: fieldSelection,
  query: [...treeQuery, "protocol", "lb_algorithm", "healthmonitor_id", "loadbalancer_id", "listener_id"],
  filters: { ...sortFilters, ...octaviaSort, ...tagFilters },
  required: ["protocol", "lb_algorithm"],
  readOnly: [...treeReadOnly, "listeners", "loadbalancers", "healthmonitor_id"],
  createOnly: ["project_id", "protocol", "listener_id", "loadbalancer_id", "members", "healthmonitor"],
});

export type Pool = Item<typeof pools>;

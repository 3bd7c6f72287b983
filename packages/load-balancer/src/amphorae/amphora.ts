import { defineResource, type ActionSpec, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { loadBalancerService } from "../descriptor.js";
import { octaviaSort, optionalString, sortFilters } from "../shared.js";

/** An amphora (admin): the instance that runs a load balancer's haproxy, its addresses and role. */
export const Amphora = v.looseObject({
  id: v.string(),
  loadbalancer_id: optionalString,
  load_balancer_id: optionalString,
  compute_id: optionalString,
  lb_network_ip: optionalString,
  vrrp_ip: optionalString,
  ha_ip: optionalString,
  vrrp_port_id: optionalString,
  ha_port_id: optionalString,
  cert_expiration: optionalString,
  cert_busy: v.optional(v.nullable(v.union([v.boolean(), v.number()]))),
  role: optionalString,
  status: v.string(),
  vrrp_interface: optionalString,
  vrrp_id: v.optional(v.nullable(v.number())),
  vrrp_priority: v.optional(v.nullable(v.number())),
  cached_zone: optionalString,
  created_at: optionalString,
  updated_at: optionalString,
  image_id: optionalString,
  compute_flavor: optionalString,
});

/** One listener's counters on one amphora. */
export const AmphoraStatistics = v.looseObject({
  id: v.string(),
  listener_id: v.string(),
  loadbalancer_id: v.optional(v.string()),
  active_connections: v.number(),
  bytes_in: v.number(),
  bytes_out: v.number(),
  request_errors: v.number(),
  total_connections: v.number(),
});

const one = "octavia/amphorae/{amphora}";

const actions = {
  /** Replaces the amphora with a new one (its load balancer goes PENDING_UPDATE, then ACTIVE). */
  failoverAmphora: { method: "PUT", path: `${one}/failover`, idempotent: false },
  /** Pushes the controller's current agent configuration to the amphora. */
  configureAmphora: { method: "PUT", path: `${one}/config` },
  /** The amphora's counters, one entry per listener. */
  getAmphoraStatistics: {
    method: "GET",
    path: `${one}/stats`,
    returns: "json",
    resultKey: "amphora_stats",
    schema: v.array(AmphoraStatistics),
  },
} as const satisfies Record<string, ActionSpec>;

/** Amphorae, admin only (Octavia's own `octavia/amphorae`); `waitForAmphora` reads `status` (ERROR fails). */
export const amphorae = defineResource({
  service: loadBalancerService,
  path: "octavia/amphorae",
  singular: "Amphora",
  plural: "Amphorae",
  key: "amphora",
  pluralKey: "amphorae",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  schema: Amphora,
  verbs: ["list", "get", "delete", "waitFor"],
  query: [
    "id",
    "loadbalancer_id",
    "compute_id",
    "lb_network_ip",
    "vrrp_ip",
    "ha_ip",
    "role",
    "status",
    "cached_zone",
    "image_id",
    "compute_flavor",
  ],
  filters: { ...sortFilters, ...octaviaSort },
  readOnly: ["id"],
  actions,
});

export type Amphora = Item<typeof amphorae>;

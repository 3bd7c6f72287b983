import { defineResource, type ActionSpec, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { loadBalancerService } from "../descriptor.js";
import {
  fieldSelection,
  octaviaSort,
  optionalString,
  provisioning,
  sortFilters,
  tagFilters,
  treeFields,
  treeQuery,
  treeReadOnly,
} from "../shared.js";
import { LoadBalancerStatistics, LoadBalancerStatusTree } from "./load-balancer-status.js";

/** One more VIP of a load balancer (API 2.26+): an address on another subnet. */
export const AdditionalVip = v.looseObject({ subnet_id: v.string(), ip_address: v.optional(v.string()) });

/**
 * An Octavia load balancer. Its VIP is made on create from `vip_subnet_id`,
 * `vip_network_id` or `vip_port_id` (one of them is needed; Octavia says which are
 * missing). A create may carry the whole tree (`listeners` with their pools and members):
 * Octavia answers with the tree's ids.
 */
export const LoadBalancer = v.looseObject({
  ...treeFields,
  vip_address: optionalString,
  vip_port_id: optionalString,
  vip_subnet_id: optionalString,
  vip_network_id: optionalString,
  vip_qos_policy_id: optionalString,
  vip_vnic_type: optionalString,
  vip_sg_ids: v.optional(v.nullable(v.array(v.string()))),
  additional_vips: v.optional(v.array(AdditionalVip)),
  provider: optionalString,
  flavor_id: optionalString,
  availability_zone: optionalString,
  // On a create: ids on a plain one; the listeners (and pools) to make with it, on a full one.
  listeners: v.optional(v.array(v.looseObject({}))),
  pools: v.optional(v.array(v.looseObject({}))),
});

const one = "lbaas/loadbalancers/{load_balancer}";

const actions = {
  /** Traffic counters of the whole load balancer, `{ active_connections, bytes_in, … }`. */
  getLoadBalancerStatistics: {
    method: "GET",
    path: `${one}/stats`,
    returns: "json",
    resultKey: "stats",
    schema: LoadBalancerStatistics,
  },
  /** The status tree: the load balancer, its listeners, pools, members and monitors, each with its two statuses. */
  getLoadBalancerStatusTree: {
    method: "GET",
    path: `${one}/status`,
    returns: "json",
    resultKey: "statuses",
    schema: LoadBalancerStatusTree,
  },
  /** Replaces the load balancer's amphorae (admin); it goes PENDING_UPDATE, then ACTIVE. */
  failoverLoadBalancer: { method: "PUT", path: `${one}/failover`, idempotent: false },
  /**
   * Deletes the load balancer and everything under it in one call (openstacksdk's
   * `delete_load_balancer(…, cascade=True)`); the plain delete refuses one that still
   * has listeners or pools.
   */
  deleteLoadBalancerCascade: {
    method: "DELETE",
    path: one,
    query: () => ({ cascade: true }),
  },
} as const satisfies Record<string, ActionSpec>;

/**
 * Load balancers. Every change is done by Octavia's worker after the call returns: the
 * load balancer (and the object changed) stay PENDING_* until it is, and Octavia refuses
 * any other change under it meanwhile (409, "immutable"). Wait with
 * `waitForLoadBalancer(lb, { status: "ACTIVE" })` between changes (ERROR fails the wait).
 */
export const loadBalancers = defineResource({
  service: loadBalancerService,
  path: "lbaas/loadbalancers",
  singular: "LoadBalancer",
  plural: "LoadBalancers",
  key: "loadbalancer",
  pluralKey: "loadbalancers",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  schema: LoadBalancer,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  status: provisioning,
  getQuery: fieldSelection,
  query: [
    ...treeQuery,
    "vip_address",
    "vip_port_id",
    "vip_subnet_id",
    "vip_network_id",
    "vip_qos_policy_id",
    "provider",
    "flavor_id",
    "availability_zone",
  ],
  filters: { ...sortFilters, ...octaviaSort, ...tagFilters },
  readOnly: [...treeReadOnly],
  createOnly: [
    "project_id",
    "vip_address",
    "vip_port_id",
    "vip_subnet_id",
    "vip_network_id",
    "vip_vnic_type",
    "additional_vips",
    "provider",
    "flavor_id",
    "availability_zone",
    "listeners",
    "pools",
  ],
  actions,
});

/** A load balancer as the API returns it. */
export type LoadBalancer = Item<typeof loadBalancers>;

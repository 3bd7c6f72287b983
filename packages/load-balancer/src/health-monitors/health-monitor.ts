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

/** A health monitor: how the amphorae check a pool's members (HTTP, HTTPS, PING, TCP, TLS-HELLO, UDP-CONNECT, SCTP). */
export const HealthMonitor = v.looseObject({
  ...treeFields,
  type: v.string(),
  delay: v.number(),
  timeout: v.number(),
  max_retries: v.number(),
  max_retries_down: v.optional(v.number()),
  // Create only: the pool to watch (one monitor per pool); answered in `pools`.
  pool_id: v.optional(v.string()),
  pools: idRefs,
  http_method: optionalString,
  url_path: optionalString,
  expected_codes: optionalString,
  http_version: v.optional(v.nullable(v.number())),
  domain_name: optionalString,
});

/** Health monitors (Octavia's `healthmonitors`). */
export const healthMonitors = defineResource({
  service: loadBalancerService,
  path: "lbaas/healthmonitors",
  singular: "HealthMonitor",
  plural: "HealthMonitors",
  key: "healthmonitor",
  pluralKey: "healthmonitors",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  schema: HealthMonitor,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  status: provisioning,
  getQuery: fieldSelection,
  query: [
    ...treeQuery,
    "type",
    "delay",
    "timeout",
    "max_retries",
    "max_retries_down",
    "pool_id",
    "http_method",
    "url_path",
    "expected_codes",
  ],
  filters: { ...sortFilters, ...octaviaSort, ...tagFilters },
  required: ["type", "delay", "timeout", "max_retries", "pool_id"],
  readOnly: [...treeReadOnly, "pools"],
  createOnly: ["project_id", "type", "pool_id"],
});

export type HealthMonitor = Item<typeof healthMonitors>;

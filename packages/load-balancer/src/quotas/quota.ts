import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { loadBalancerService } from "../descriptor.js";

const limit = v.optional(v.nullable(v.number()));

/**
 * One project's limits (-1: unlimited; null on an update: back to the default). Octavia
 * answers both spellings of two names (`loadbalancer` and the older `load_balancer`,
 * `healthmonitor` and `health_monitor`) and takes either.
 */
export const Quota = v.looseObject({
  // Only in listQuotas' items: GET quotas/{project_id} answers the limits alone.
  project_id: v.optional(v.string()),
  loadbalancer: limit,
  load_balancer: limit,
  listener: limit,
  member: limit,
  pool: limit,
  healthmonitor: limit,
  health_monitor: limit,
  l7policy: limit,
  l7rule: limit,
});

/**
 * Quotas, one per project, named by the project's id (`getQuota(projectId)`); deleting one
 * resets the project to the defaults, which `getQuotaDefaults` reads. `listQuotas` lists
 * the projects that have their own.
 */
export const quotas = defineResource({
  // Deleting resets a quota to the defaults; it never goes away.
  deleteWait: false,
  service: loadBalancerService,
  path: "lbaas/quotas",
  singular: "Quota",
  plural: "Quotas",
  key: "quota",
  pluralKey: "quotas",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  schema: Quota,
  verbs: ["list", "get", "update", "delete"],
  query: ["project_id"],
  readOnly: ["project_id"],
  actions: {
    /** The limits of a project without its own (openstacksdk's get_quota_default). */
    getQuotaDefaults: {
      method: "GET",
      path: "lbaas/quotas/defaults",
      returns: "json",
      resultKey: "quota",
      schema: Quota,
    },
  },
});

export type Quota = Item<typeof quotas>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";

const limit = v.optional(v.number());

/**
 * The limits of one project (-1: unlimited), by Neutron resource name. Which resources
 * appear depends on the plugins loaded (`trunk` with trunks, …); the loose schema keeps
 * the others.
 */
export const Quota = v.looseObject({
  // Only in listQuotas' items: GET quotas/{project_id} answers the limits alone.
  project_id: v.optional(v.string()),
  tenant_id: v.optional(v.string()),
  network: limit,
  subnet: limit,
  subnetpool: limit,
  port: limit,
  router: limit,
  floatingip: limit,
  rbac_policy: limit,
  security_group: limit,
  security_group_rule: limit,
  trunk: limit,
  // Update only (quota-check-limit): refuse a limit below what the project already uses.
  check_limit: v.optional(v.boolean()),
});

/** One resource's line in the quota details: its limit, what is used and what is reserved. */
export const QuotaUsage = v.looseObject({ limit: v.number(), used: v.number(), reserved: v.number() });

/** What getQuotaDetails answers, inside `{ quota }`: a {@link QuotaUsage} per resource. */
export const QuotaDetails = v.record(v.string(), QuotaUsage);

/**
 * Quotas, one per project: a quota is named by its project (`getQuota(project)` takes the
 * project's id or the project itself; a listed quota by its `project_id`), and deleting it
 * resets the project to the defaults. `listQuotas` lists only projects whose quotas differ
 * from the defaults.
 */
export const quotas = defineResource({
  // Deleting resets a quota set to the defaults; it never goes away.
  deleteWait: false,
  service: networkService,
  path: "quotas",
  singular: "Quota",
  plural: "Quotas",
  key: "quota",
  pluralKey: "quotas",
  schema: Quota,
  verbs: ["list", "get", "update", "delete"],
  readOnly: ["project_id", "tenant_id"],
  actions: {
    /** The limits a project without its own would have; answers `{ quota }` (a {@link Quota}). */
    getQuotaDefault: { method: "GET", path: "quotas/{project}/default", returns: "json" },
    /** Limits with usage and reservations; answers `{ quota }` ({@link QuotaDetails}). */
    getQuotaDetails: { method: "GET", path: "quotas/{project}/details.json", returns: "json" },
  },
});

/** A Quota as the API returns it (its declared fields; extra fields pass through at run time). */
export type Quota = Item<typeof quotas>;
export type QuotaUsage = v.InferOutput<typeof QuotaUsage>;
export type QuotaDetails = v.InferOutput<typeof QuotaDetails>;

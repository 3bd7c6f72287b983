import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { containerInfrastructureManagementService } from "../descriptor.js";
import { MAGNUM_MAX, magnumSort, timestamps } from "../shared.js";

/** One quota: how many of a resource (`Cluster`, the only one Magnum counts) a project may have. */
export const Quota = v.looseObject({
  id: v.optional(v.number()),
  project_id: v.string(),
  resource: v.string(),
  hard_limit: v.number(),
  ...timestamps,
});

/** A quota by what names it in Magnum's URLs: its project and its resource. */
export interface QuotaKey {
  readonly project_id: string;
  readonly resource: string;
}

const quotaPath = "quotas/{project_id}/{resource}";

/**
 * Quotas (1.6), admin's to set: `createQuota({ project_id, resource: "Cluster", hard_limit })`,
 * then `getQuota`, `updateQuota` and `deleteQuota` by project and resource. A project without
 * its own quota gets the default (max_clusters_per_project) from `getQuota`. Lists page by
 * the integer `id`; `all_tenants` lists every project's (admin).
 */
export const quotas = defineResource({
  service: containerInfrastructureManagementService,
  path: "quotas",
  singular: "Quota",
  plural: "Quotas",
  pluralKey: "quotas",
  schema: Quota,
  verbs: ["list", "create"],
  filters: { ...magnumSort, limit: v.number(), all_tenants: v.boolean() },
  required: ["project_id", "resource", "hard_limit"],
  readOnly: ["id", "created_at", "updated_at"],
  markerField: "id",
  maxMicroversion: MAGNUM_MAX,
  actions: {
    getQuota: {
      method: "GET",
      path: quotaPath,
      returns: "json",
      schema: Quota,
      requires: "1.6",
      maxMicroversion: MAGNUM_MAX,
    },
    updateQuota: {
      method: "PATCH",
      path: quotaPath,
      body: (a: QuotaKey & { readonly hard_limit: number }) => ({
        project_id: a.project_id,
        resource: a.resource,
        hard_limit: a.hard_limit,
      }),
      returns: "json",
      schema: Quota,
      requires: "1.6",
      maxMicroversion: MAGNUM_MAX,
    },
    deleteQuota: {
      method: "DELETE",
      path: quotaPath,
      requires: "1.6",
      maxMicroversion: MAGNUM_MAX,
    },
  },
});
export type Quota = Item<typeof quotas>;

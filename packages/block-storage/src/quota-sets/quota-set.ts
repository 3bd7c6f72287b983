import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { MAX_MICROVERSION } from "../common.js";
import { blockStorageService } from "../descriptor.js";

/**
 * A project's block-storage quotas; -1 means unlimited. Per-type quotas
 * (`volumes_<type>`, `gigabytes_<type>`, `snapshots_<type>`) pass through as extra fields.
 * An update answers without `id`.
 */
export const QuotaSet = v.looseObject({
  id: v.optional(v.string()),
  volumes: v.number(),
  snapshots: v.number(),
  gigabytes: v.number(),
  backups: v.number(),
  backup_gigabytes: v.number(),
  per_volume_gigabytes: v.number(),
  groups: v.optional(v.number()),
});

/** One quota with its usage, as `?usage=True` answers it. */
export const QuotaUsage = v.looseObject({
  limit: v.number(),
  in_use: v.number(),
  reserved: v.number(),
  allocated: v.optional(v.number()),
});

/** The body of getQuotaSetUsage: every quota of QuotaSet as a QuotaUsage. */
export const QuotaSetUsageBody = v.looseObject({
  quota_set: v.looseObject({
    id: v.string(),
    volumes: QuotaUsage,
    snapshots: QuotaUsage,
    gigabytes: QuotaUsage,
    backups: QuotaUsage,
  }),
});

/**
 * Quota sets, by project id (or a project): getQuotaSet, updateQuotaSet, deleteQuotaSet
 * (openstacksdk's revert_quota_set: back to the defaults), and the actions
 * getQuotaSetDefaults and getQuotaSetUsage.
 */
export const quotaSets = defineResource({
  // Deleting resets a quota set to the defaults; it never goes away.
  deleteWait: false,
  service: blockStorageService,
  path: "os-quota-sets",
  singular: "QuotaSet",
  plural: "QuotaSets",
  key: "quota_set",
  schema: QuotaSet,
  verbs: ["get", "update", "delete"],
  readOnly: ["id"],
  maxMicroversion: MAX_MICROVERSION,
  actions: {
    /** `{ quota_set: { … } }`: what a project gets when nobody set its quotas. */
    getQuotaSetDefaults: { method: "GET", path: "os-quota-sets/{project}/defaults", returns: "json" },
    /** `{ quota_set: { volumes: { limit, in_use, reserved }, … } }`: see QuotaSetUsageBody. */
    getQuotaSetUsage: { method: "GET", path: "os-quota-sets/{project}?usage=True", returns: "json" },
  },
});

/** A QuotaSet as the API returns it (its declared fields; extra fields pass through at run time). */
export type QuotaSet = Item<typeof quotaSets>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { optionalNumber, optionalString } from "../common.js";
import { computeService } from "../descriptor.js";

/**
 * A project's compute quotas (-1: unlimited). 2.36 dropped the network ones (floating_ips,
 * fixed_ips, security_groups, security_group_rules, networks) and 2.57 the injected-file
 * ones; they stay optional here for older clouds.
 */
export const QuotaSet = v.looseObject({
  // The project's id; absent from the answer to an update.
  id: optionalString,
  instances: optionalNumber,
  cores: optionalNumber,
  ram: optionalNumber,
  key_pairs: optionalNumber,
  metadata_items: optionalNumber,
  server_groups: optionalNumber,
  server_group_members: optionalNumber,
  injected_files: optionalNumber,
  injected_file_content_bytes: optionalNumber,
  injected_file_path_bytes: optionalNumber,
  fixed_ips: optionalNumber,
  floating_ips: optionalNumber,
  security_groups: optionalNumber,
  security_group_rules: optionalNumber,
  networks: optionalNumber,
  // Update only: set a limit below current usage.
  force: v.optional(v.boolean()),
});

/** One quota's line in getQuotaSetDetail: limit, usage and reservations. */
export const QuotaUsage = v.looseObject({ limit: v.number(), in_use: v.number(), reserved: v.number() });
export type QuotaUsage = v.InferOutput<typeof QuotaUsage>;

/**
 * Quota sets, one per project, named by the project's id (or the project):
 * `getQuotaSet(projectId)`, `updateQuotaSet(projectId, { instances: 20 })`,
 * `deleteQuotaSet(projectId)` (back to the defaults, openstacksdk's revert_quota_set); each
 * takes `{ user_id }` for one user's quotas within the project.
 */
export const quotaSets = defineResource({
  // Deleting resets a quota set to the defaults; it never goes away.
  deleteWait: false,
  service: computeService,
  path: "os-quota-sets",
  singular: "QuotaSet",
  plural: "QuotaSets",
  key: "quota_set",
  schema: QuotaSet,
  verbs: ["get", "update", "delete"],
  getQuery: { user_id: v.string() },
  // One user's quotas within the project, as Nova's API reference documents for each call.
  updateQuery: { user_id: v.string() },
  deleteQuery: { user_id: v.string() },
  readOnly: ["id"],
  maxMicroversion: "2.57",
  actions: {
    /** The defaults a project without its own quotas has; answers `{ quota_set }`. */
    getQuotaSetDefaults: { method: "GET", path: "os-quota-sets/{project}/defaults", returns: "json" },
    /** Each quota with its usage; answers `{ quota_set }` with a {@link QuotaUsage} per quota. */
    getQuotaSetDetail: { method: "GET", path: "os-quota-sets/{project}/detail", returns: "json" },
  },
});

/** A QuotaSet as the API returns it (its declared fields; extra fields pass through at run time). */
export type QuotaSet = Item<typeof quotaSets>;

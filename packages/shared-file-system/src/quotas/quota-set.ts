import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX } from "../shared.js";

const count = v.optional(v.number());

/** A quota set: how many shares, snapshots, gigabytes, … a project (or a user, or a share type in it) may have; -1 is no limit. */
export const QuotaSet = v.looseObject({
  id: v.optional(v.string()),
  shares: count,
  gigabytes: count,
  snapshots: count,
  snapshot_gigabytes: count,
  share_networks: count,
  share_groups: count,
  share_group_snapshots: count,
  share_replicas: count,
  replica_gigabytes: count,
  per_share_gigabytes: count,
  backups: count,
  backup_gigabytes: count,
});

/** The query every quota call takes: a user of the project, or a share type (2.39), not both. */
const scope = { user_id: v.string(), share_type: v.string() };

/**
 * Quotas by project id (`getQuotaSet(projectId)`; another project's are an admin's).
 * `deleteQuotaSet` (openstacksdk's revert_quota_set) resets them to the defaults: the set
 * does not go away. `force` lets an update go below what is in use.
 */
export const quotaSets = defineResource({
  service: sharedFileSystemService,
  path: "quota-sets",
  singular: "QuotaSet",
  plural: "QuotaSets",
  key: "quota_set",
  schema: QuotaSet,
  verbs: ["get", "update", "delete"],
  getQuery: scope,
  updateQuery: scope,
  deleteQuery: scope,
  microversionBounds: { share_type: { addedIn: "2.39" } },
  readOnly: ["id"],
  deleteWait: false,
  maxMicroversion: MANILA_MAX,
  actions: {
    /** What a project gets unless told otherwise. */
    getQuotaSetDefaults: {
      method: "GET",
      path: "quota-sets/{project}/defaults",
      returns: "json",
      resultKey: "quota_set",
      schema: QuotaSet,
      maxMicroversion: MANILA_MAX,
    },
    /** Each quota with its `limit`, `in_use` and `reserved` (2.25). */
    getQuotaSetDetail: {
      method: "GET",
      path: "quota-sets/{project}/detail",
      returns: "json",
      resultKey: "quota_set",
      requires: "2.25",
      maxMicroversion: MANILA_MAX,
    },
    /** A quota class's quotas (`default` holds the cloud's defaults). */
    getQuotaClassSet: {
      method: "GET",
      path: "quota-class-sets/{quota_class}",
      returns: "json",
      resultKey: "quota_class_set",
      schema: QuotaSet,
      maxMicroversion: MANILA_MAX,
    },
    updateQuotaClassSet: {
      method: "PUT",
      path: "quota-class-sets/{quota_class}",
      body: ({
        quota_class: _class,
        ...quotas
      }: { quota_class: string } & Partial<Record<keyof typeof QuotaSet.entries, number>>) => ({
        quota_class_set: quotas,
      }),
      returns: "json",
      resultKey: "quota_class_set",
      schema: QuotaSet,
      maxMicroversion: MANILA_MAX,
    },
  },
});
export type QuotaSet = Item<typeof quotaSets>;

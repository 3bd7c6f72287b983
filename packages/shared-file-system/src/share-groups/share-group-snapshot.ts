import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { links, MANILA_MAX, manilaSort, maybeString, resetStatusAction, timestamps } from "../shared.js";

/** One share's snapshot within a share group snapshot. */
export const ShareGroupSnapshotMember = v.looseObject({
  id: v.string(),
  share_id: maybeString,
  size: v.optional(v.nullable(v.number())),
  status: maybeString,
  share_proto: maybeString,
  share_group_snapshot_id: maybeString,
  ...timestamps,
});

/** A share group snapshot, fields as the reference names them. */
export const ShareGroupSnapshot = v.looseObject({
  id: v.string(),
  share_group_id: v.string(),
  name: maybeString,
  description: maybeString,
  /** creating, available, error, deleting, error_deleting. */
  status: v.string(),
  project_id: v.optional(v.string()),
  members: v.optional(v.array(ShareGroupSnapshotMember)),
  ...timestamps,
  links,
});

const ACTION = "share-group-snapshots/{share_group_snapshot}/action";

/** Share group snapshots (2.31 and later): a snapshot of every share of a group at once. */
export const shareGroupSnapshots = defineResource({
  service: sharedFileSystemService,
  path: "share-group-snapshots",
  listPath: "share-group-snapshots/detail",
  singular: "ShareGroupSnapshot",
  plural: "ShareGroupSnapshots",
  key: "share_group_snapshot",
  pluralKey: "share_group_snapshots",
  schema: ShareGroupSnapshot,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: ["name", "description", "status", "share_group_id"],
  filters: { ...manilaSort, all_tenants: v.picklist(["0", "1"]) },
  required: ["share_group_id"],
  readOnly: ["id", "status", "project_id", "members", "created_at", "updated_at", "links"],
  createOnly: ["share_group_id"],
  pagination: "offset",
  maxMicroversion: MANILA_MAX,
  status: { failures: ["error", "error_deleting"] },
  actions: {
    /** The share snapshots the group snapshot holds. */
    listShareGroupSnapshotMembers: {
      method: "GET",
      path: "share-group-snapshots/{share_group_snapshot}/members",
      returns: "json",
      resultKey: "share_group_snapshot_members",
      schema: v.array(ShareGroupSnapshotMember),
      maxMicroversion: MANILA_MAX,
    },
    resetShareGroupSnapshotStatus: resetStatusAction(ACTION),
  },
});
export type ShareGroupSnapshot = Item<typeof shareGroupSnapshots>;

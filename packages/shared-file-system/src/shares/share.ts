import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { Share as ShareSchema } from "./share-schema.js";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX, manilaSort } from "../shared.js";
import { shareActions } from "./share-actions.js";
import { shareMetadataActions } from "./share-metadata.js";

export const Share = ShareSchema;

/**
 * Shares. A create answers the share `creating`; the scheduler places it and the share
 * service makes it: `waitForShare(share, { status: "available" })` (openstacksdk's
 * wait_for_status); `error` ends the wait with ResourceFailureError. A delete answers 202:
 * `waitForDeleteShare`. Lists walk by `limit` and `offset` (Manila's next links carry a
 * `marker` it does not read).
 */
export const shares = defineResource({
  service: sharedFileSystemService,
  path: "shares",
  listPath: "shares/detail",
  singular: "Share",
  plural: "Shares",
  key: "share",
  pluralKey: "shares",
  schema: Share,
  verbs: ["list", "get", "find", "create", "delete", "waitFor"],
  query: [
    "name",
    "description",
    "status",
    "share_server_id",
    "snapshot_id",
    "host",
    "share_network_id",
    "share_group_id",
    "is_public",
    "project_id",
    "is_soft_deleted",
  ],
  filters: {
    ...manilaSort,
    share_type_id: v.string(),
    export_location_id: v.string(),
    export_location_path: v.string(),
    "name~": v.string(),
    "description~": v.string(),
    all_tenants: v.picklist(["0", "1"]),
    with_count: v.boolean(),
  },
  microversionBounds: {
    "name~": { addedIn: "2.36" },
    "description~": { addedIn: "2.36" },
    export_location_id: { addedIn: "2.35" },
    export_location_path: { addedIn: "2.35" },
    with_count: { addedIn: "2.42" },
    is_soft_deleted: { addedIn: "2.69" },
  },
  required: ["share_proto", "size"],
  readOnly: [
    "id",
    "status",
    "share_server_id",
    "export_location",
    "export_locations",
    "project_id",
    "user_id",
    "progress",
    "host",
    "access_rules_status",
    "has_replicas",
    "replication_type",
    "task_state",
    "share_type_name",
    "snapshot_support",
    "create_share_from_snapshot_support",
    "revert_to_snapshot_support",
    "mount_snapshot_support",
    "source_share_group_snapshot_member_id",
    "is_soft_deleted",
    "scheduled_to_be_deleted_at",
    "share_size",
    "created_at",
    "updated_at",
    "links",
  ],
  createOnly: [
    "share_proto",
    "size",
    "availability_zone",
    "share_network_id",
    "share_group_id",
    "snapshot_id",
    "share_type",
    "volume_type",
    "metadata",
  ],
  // a share of a group is deleted naming its group (Manila refuses otherwise)
  deleteQuery: { share_group_id: v.string() },
  pagination: "offset",
  maxMicroversion: MANILA_MAX,
  status: {
    failures: [
      "error",
      "error_deleting",
      "manage_error",
      "unmanage_error",
      "extending_error",
      "shrinking_error",
      "reverting_error",
    ],
  },
  actions: { ...shareActions, ...shareMetadataActions },
});
export type Share = Item<typeof shares>;

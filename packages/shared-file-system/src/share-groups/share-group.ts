import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { bareAction, links, MANILA_MAX, manilaSort, maybeString, resetStatusAction, timestamps } from "../shared.js";

/** A share group, fields as the reference names them. */
export const ShareGroup = v.looseObject({
  id: v.string(),
  name: maybeString,
  description: maybeString,
  /** creating, available, error, deleting, error_deleting. */
  status: v.string(),
  share_group_type_id: maybeString,
  share_types: v.optional(v.array(v.string())),
  share_network_id: maybeString,
  availability_zone: maybeString,
  source_share_group_snapshot_id: maybeString,
  host: maybeString,
  project_id: v.optional(v.string()),
  consistent_snapshot_support: v.optional(v.nullable(v.union([v.string(), v.boolean()]))),
  share_server_id: maybeString,
  ...timestamps,
  links,
});

/**
 * Share groups (2.31 and later): shares snapshotted together. A create answers `creating`:
 * `waitForShareGroup(g, { status: "available" })`. Without `share_group_type_id`, the
 * cloud's default share group type is used (there may be none: say one).
 */
export const shareGroups = defineResource({
  service: sharedFileSystemService,
  path: "share-groups",
  listPath: "share-groups/detail",
  singular: "ShareGroup",
  plural: "ShareGroups",
  key: "share_group",
  pluralKey: "share_groups",
  schema: ShareGroup,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: [
    "name",
    "description",
    "status",
    "share_group_type_id",
    "share_network_id",
    "host",
    "source_share_group_snapshot_id",
  ],
  filters: {
    ...manilaSort,
    share_server_id: v.string(),
    "name~": v.string(),
    "description~": v.string(),
    all_tenants: v.picklist(["0", "1"]),
  },
  readOnly: [
    "id",
    "status",
    "host",
    "project_id",
    "consistent_snapshot_support",
    "share_server_id",
    "created_at",
    "updated_at",
    "links",
  ],
  createOnly: [
    "share_group_type_id",
    "share_types",
    "share_network_id",
    "availability_zone",
    "source_share_group_snapshot_id",
  ],
  pagination: "offset",
  maxMicroversion: MANILA_MAX,
  status: { failures: ["error", "error_deleting"] },
  actions: {
    resetShareGroupStatus: resetStatusAction("share-groups/{share_group}/action"),
    /** Deletes whatever state the group is in (admin). */
    forceDeleteShareGroup: bareAction("share-groups/{share_group}/action", "force_delete"),
  },
});
export type ShareGroup = Item<typeof shareGroups>;

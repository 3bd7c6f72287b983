import * as v from "valibot";
import { links, maybeBoolean, maybeNumber, maybeString, Metadata, timestamps } from "../shared.js";

/** A share, fields as the Manila v2 reference names them (those a microversion adds are optional). */
export const Share = v.looseObject({
  id: v.string(),
  name: maybeString,
  description: maybeString,
  /** NFS, CIFS, GLUSTERFS, HDFS, CEPHFS, MAPRFS. */
  share_proto: v.string(),
  /** In GiB; null while a managed share is being brought in. */
  size: v.optional(v.nullable(v.number())),
  /** creating, available, error, deleting, extending, shrinking, reverting, managing, …; null while its last instance is being deleted. */
  status: v.nullable(v.string()),
  availability_zone: maybeString,
  share_network_id: maybeString,
  share_server_id: maybeString,
  share_group_id: maybeString,
  snapshot_id: maybeString,
  /** The share type's id (its name is `share_type_name`). */
  share_type: maybeString,
  share_type_name: maybeString,
  volume_type: maybeString,
  /** Until 2.9 (then the export_locations calls). */
  export_location: maybeString,
  export_locations: v.optional(v.array(v.string())),
  project_id: v.optional(v.string()),
  user_id: maybeString,
  metadata: v.optional(Metadata),
  progress: maybeString,
  host: maybeString,
  access_rules_status: maybeString,
  has_replicas: maybeBoolean,
  replication_type: maybeString,
  task_state: maybeString,
  is_public: maybeBoolean,
  snapshot_support: maybeBoolean,
  create_share_from_snapshot_support: maybeBoolean,
  revert_to_snapshot_support: maybeBoolean,
  mount_snapshot_support: maybeBoolean,
  source_share_group_snapshot_member_id: maybeString,
  is_soft_deleted: maybeBoolean,
  scheduled_to_be_deleted_at: maybeString,
  /** How much of the share is a project's quota, when per-share gigabytes are limited. */
  share_size: maybeNumber,
  ...timestamps,
  links,
});

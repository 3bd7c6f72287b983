import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import {
  links,
  listFilters,
  MAX_MICROVERSION,
  Metadata,
  nullableString,
  optionalString,
  projectFilters,
} from "../common.js";
import { blockStorageService } from "../descriptor.js";
import { volumeActions } from "./volume-actions.js";

/** One attachment as a volume reports it (only attachments in `attached` state appear). */
export const VolumeAttachment = v.looseObject({
  id: v.string(),
  attachment_id: v.string(),
  volume_id: v.string(),
  server_id: optionalString,
  host_name: optionalString,
  device: optionalString,
  attached_at: optionalString,
});

/**
 * A Cinder volume as the detail views return it (`volumes/detail`, show, create, update),
 * fields as the Block Storage v3 API reference names them. Fields that appeared with a
 * microversion are optional; admin-only extension fields (`os-vol-…`) are optional too.
 */
export const Volume = v.looseObject({
  id: v.string(),
  name: nullableString,
  description: nullableString,
  status: v.string(),
  size: v.number(),
  availability_zone: nullableString,
  created_at: v.string(),
  updated_at: nullableString,
  volume_type: nullableString,
  snapshot_id: nullableString,
  source_volid: nullableString,
  metadata: Metadata,
  links,
  user_id: v.string(),
  // Cinder renders this one as the string "true" or "false", not as a boolean.
  bootable: v.string(),
  encrypted: v.boolean(),
  replication_status: optionalString,
  consistencygroup_id: optionalString,
  multiattach: v.boolean(),
  attachments: v.array(VolumeAttachment),
  migration_status: optionalString,
  volume_image_metadata: v.optional(Metadata),
  "os-vol-host-attr:host": optionalString,
  "os-vol-mig-status-attr:migstat": optionalString,
  "os-vol-mig-status-attr:name_id": optionalString,
  "os-vol-tenant-attr:tenant_id": v.optional(v.string()),
  group_id: optionalString, // 3.13
  provider_id: optionalString, // 3.21, admin only
  service_uuid: optionalString, // 3.48
  shared_targets: v.optional(v.nullable(v.boolean())), // 3.48; null allowed from 3.69
  cluster_name: optionalString, // 3.61, admin only
  volume_type_id: optionalString, // 3.63
  encryption_key_id: optionalString, // 3.64
  consumes_quota: v.optional(v.boolean()), // 3.65
  // Only sent on create: what the new volume is made from. Cinder never echoes them.
  imageRef: optionalString,
  backup_id: optionalString, // 3.47
});

/**
 * Volumes. Lists read `volumes/detail`. `metadata` and `glance_metadata` filters take a
 * JSON object as a string (`JSON.stringify({ tier: "gold" })`); `all_tenants` lists every
 * project's volumes for an admin. Scheduler hints, which Cinder reads beside the `volume`
 * envelope, go through `createVolumeWithSchedulerHints`. `deleteVolume(volume, { cascade: true })`
 * deletes its snapshots with it (as `deleteVolumeCascade` does), `{ force: true }` (3.23, admin)
 * whatever its state.
 */
export const volumes = defineResource({
  service: blockStorageService,
  path: "volumes",
  listPath: "volumes/detail",
  singular: "Volume",
  plural: "Volumes",
  key: "volume",
  pluralKey: "volumes",
  schema: Volume,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: [
    "name",
    "status",
    "metadata",
    "bootable",
    "availability_zone",
    "volume_type",
    "size",
    "migration_status",
    "group_id",
    "created_at",
    "updated_at",
    "consumes_quota",
  ],
  // `glance_metadata`, like `metadata`, is a JSON object as a string.
  filters: { ...listFilters, ...projectFilters, glance_metadata: v.string(), with_count: v.boolean() },
  readOnly: [
    "id",
    "status",
    "created_at",
    "updated_at",
    "links",
    "user_id",
    "bootable",
    "encrypted",
    "replication_status",
    "attachments",
    "migration_status",
    "volume_image_metadata",
    "os-vol-host-attr:host",
    "os-vol-mig-status-attr:migstat",
    "os-vol-mig-status-attr:name_id",
    "os-vol-tenant-attr:tenant_id",
    "provider_id",
    "service_uuid",
    "shared_targets",
    "cluster_name",
    "volume_type_id",
    "encryption_key_id",
    "consumes_quota",
  ],
  // Size, type and placement change only through actions (extendVolume, retypeVolume, migrateVolume).
  createOnly: [
    "size",
    "availability_zone",
    "volume_type",
    "snapshot_id",
    "source_volid",
    "imageRef",
    "backup_id",
    "multiattach",
    "consistencygroup_id",
    "group_id",
  ],
  // `cascade` deletes its snapshots too; `force` (admin) deletes whatever the volume's state.
  deleteQuery: { cascade: v.boolean(), force: v.boolean() },
  // Cinder before 3.23 ignores `force`: a plain delete would be sent, and refused for an in-use volume.
  microversionBounds: { force: { addedIn: "3.23" } },
  maxMicroversion: MAX_MICROVERSION,
  status: { failures: ["error", "error_extending", "error_restoring", "error_managing", "error_deleting"] },
  actions: volumeActions,
});

/** A Volume as the API returns it (its declared fields; extra fields pass through at run time). */
export type Volume = Item<typeof volumes>;

import { defineResource, type ActionSpec, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { links, listFilters, MAX_MICROVERSION, Metadata, optionalString, projectFilters } from "../common.js";
import { blockStorageService } from "../descriptor.js";

/**
 * A volume backup, fields as the Block Storage v3 API reference names them. Create and
 * update answer only `id`, `name` and `links`; get and list give the rest, hence optional.
 */
export const Backup = v.looseObject({
  id: v.string(),
  name: v.nullable(v.string()),
  links,
  description: optionalString,
  status: v.optional(v.string()),
  size: v.optional(v.nullable(v.number())),
  volume_id: v.optional(v.string()),
  snapshot_id: optionalString,
  container: optionalString,
  availability_zone: optionalString,
  object_count: v.optional(v.nullable(v.number())),
  fail_reason: optionalString,
  is_incremental: v.optional(v.boolean()),
  has_dependent_backups: v.optional(v.boolean()),
  data_timestamp: optionalString,
  created_at: v.optional(v.string()),
  updated_at: optionalString,
  "os-backup-project-attr:project_id": v.optional(v.string()), // 3.18
  metadata: v.optional(Metadata), // 3.43
  user_id: v.optional(v.string()), // 3.56
  encryption_key_id: optionalString, // 3.64
  // Only sent on create.
  incremental: v.optional(v.boolean()),
  /** Back up an in-use volume. */
  force: v.optional(v.boolean()),
});

const action = "backups/{backup}/action";

const actions = {
  /** Restores into `volume_id`, or into a new volume (named `name`): `{ restore: { backup_id, volume_id, volume_name } }`. */
  restoreBackup: {
    method: "POST",
    path: "backups/{backup}/restore",
    body: (a: { volume_id?: string; name?: string }) => ({
      restore: {
        ...(a.volume_id !== undefined && { volume_id: a.volume_id }),
        ...(a.name !== undefined && { name: a.name }),
      },
    }),
    returns: "json",
  },
  resetBackupStatus: {
    method: "POST",
    path: action,
    body: (a: { status: string }) => ({ "os-reset_status": { status: a.status } }),
  },
  forceDeleteBackup: { method: "POST", path: action, body: () => ({ "os-force_delete": {} }) },
  /** `{ "backup-record": { backup_service, backup_url } }`: what importBackup needs on another cloud. */
  exportBackup: { method: "GET", path: "backups/{backup}/export_record", returns: "json" },
  /** Recreates a backup's database record from an export: `{ backup: { id, name, links } }`. */
  importBackup: {
    method: "POST",
    path: "backups/import_record",
    body: (a: { backup_service: string; backup_url: string }) => ({
      "backup-record": { backup_service: a.backup_service, backup_url: a.backup_url },
    }),
    returns: "json",
  },
} as const satisfies Record<string, ActionSpec>;

/** Backups. Lists read `backups/detail`. Updating needs microversion 3.9, metadata 3.43. */
export const backups = defineResource({
  service: blockStorageService,
  path: "backups",
  listPath: "backups/detail",
  singular: "Backup",
  plural: "Backups",
  key: "backup",
  pluralKey: "backups",
  schema: Backup,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: ["name", "status", "volume_id"],
  filters: { ...listFilters, ...projectFilters, with_count: v.boolean() },
  required: ["volume_id"],
  readOnly: [
    "id",
    "links",
    "status",
    "size",
    "object_count",
    "fail_reason",
    "is_incremental",
    "has_dependent_backups",
    "data_timestamp",
    "created_at",
    "updated_at",
    "os-backup-project-attr:project_id",
    "user_id",
    "encryption_key_id",
  ],
  createOnly: ["volume_id", "snapshot_id", "container", "availability_zone", "incremental", "force"],
  maxMicroversion: MAX_MICROVERSION,
  status: { failures: ["error", "error_restoring", "error_deleting"] },
  actions,
});

/** A Backup as the API returns it (its declared fields; extra fields pass through at run time). */
export type Backup = Item<typeof backups>;

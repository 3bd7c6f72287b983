import { defineResource, type ActionSpec, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { listFilters, MAX_MICROVERSION, Metadata, nullableString, optionalString, projectFilters } from "../common.js";
import { blockStorageService } from "../descriptor.js";

/** A volume snapshot, fields as the Block Storage v3 API reference names them. */
export const Snapshot = v.looseObject({
  id: v.string(),
  name: nullableString,
  description: nullableString,
  status: v.string(),
  size: v.number(),
  volume_id: v.string(),
  metadata: Metadata,
  created_at: v.string(),
  updated_at: nullableString,
  // Extension fields, present on get and list, not on create.
  "os-extended-snapshot-attributes:progress": optionalString,
  "os-extended-snapshot-attributes:project_id": v.optional(v.string()),
  group_snapshot_id: optionalString, // 3.14
  user_id: v.optional(v.string()), // 3.41
  consumes_quota: v.optional(v.boolean()), // 3.65
  /**
   * Only sent on create: snapshot an in-use volume. From 3.66 in-use volumes need no
   * flag, and Cinder refuses `force: false`; leave it out there.
   */
  force: v.optional(v.boolean()),
});

const action = "snapshots/{snapshot}/action";

const actions = {
  /** Sets the status field (admin): repairs a snapshot stuck in a transitional state. */
  resetSnapshotStatus: {
    method: "POST",
    path: action,
    body: (a: { status: string }) => ({ "os-reset_status": { status: a.status } }),
  },
  /** What a backend driver reports while it copies: status and progress (`"80%"`). */
  setSnapshotStatus: {
    method: "POST",
    path: action,
    body: (a: { status: string; progress?: string }) => ({
      "os-update_snapshot_status": { status: a.status, ...(a.progress !== undefined && { progress: a.progress }) },
    }),
  },
  forceDeleteSnapshot: { method: "POST", path: action, body: () => ({ "os-force_delete": {} }) },
  unmanageSnapshot: { method: "POST", path: action, body: () => ({ "os-unmanage": {} }) },
  /** Adopts a snapshot that exists on a backend: `{ snapshot: { volume_id, ref, … } }`. */
  manageSnapshot: {
    method: "POST",
    path: "manageable_snapshots",
    body: (a: { snapshot: Record<string, unknown> }) => ({ snapshot: a.snapshot }),
    returns: "json",
    requires: "3.8",
  },
  getSnapshotMetadata: { method: "GET", path: "snapshots/{snapshot}/metadata", returns: "json" },
  setSnapshotMetadata: {
    method: "POST",
    path: "snapshots/{snapshot}/metadata",
    body: (a: { metadata: Record<string, string> }) => ({ metadata: a.metadata }),
    returns: "json",
  },
  replaceSnapshotMetadata: {
    method: "PUT",
    path: "snapshots/{snapshot}/metadata",
    body: (a: { metadata: Record<string, string> }) => ({ metadata: a.metadata }),
    returns: "json",
  },
  deleteSnapshotMetadata: { method: "DELETE", path: "snapshots/{snapshot}/metadata/{key}" },
} as const satisfies Record<string, ActionSpec>;

/** Snapshots. Lists read `snapshots/detail`; `all_tenants` shows every project's to an admin. */
export const snapshots = defineResource({
  service: blockStorageService,
  path: "snapshots",
  listPath: "snapshots/detail",
  singular: "Snapshot",
  plural: "Snapshots",
  key: "snapshot",
  pluralKey: "snapshots",
  schema: Snapshot,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: ["name", "status", "volume_id", "metadata", "group_snapshot_id", "consumes_quota"],
  filters: { ...listFilters, ...projectFilters, with_count: v.boolean() },
  required: ["volume_id"],
  readOnly: [
    "id",
    "status",
    "size",
    "created_at",
    "updated_at",
    "os-extended-snapshot-attributes:progress",
    "os-extended-snapshot-attributes:project_id",
    "group_snapshot_id",
    "user_id",
    "consumes_quota",
  ],
  // Metadata changes through the metadata actions; PUT takes only name and description.
  createOnly: ["volume_id", "force", "metadata"],
  maxMicroversion: MAX_MICROVERSION,
  status: { failures: ["error", "error_deleting"] },
  actions,
});

/** A Snapshot as the API returns it (its declared fields; extra fields pass through at run time). */
export type Snapshot = Item<typeof snapshots>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { displayFields } from "../shares/share-actions.js";
import {
  bareAction,
  links,
  MANILA_MAX,
  manilaSort,
  maybeString,
  Metadata,
  resetStatusAction,
  timestamps,
} from "../shared.js";

/** A share snapshot, fields as the reference names them. */
export const ShareSnapshot = v.looseObject({
  id: v.string(),
  share_id: v.string(),
  name: maybeString,
  description: maybeString,
  /** creating, available, error, deleting, error_deleting, manage_starting, … */
  status: v.string(),
  size: v.number(),
  share_size: v.optional(v.number()),
  share_proto: maybeString,
  project_id: v.optional(v.string()),
  user_id: maybeString,
  provider_location: maybeString,
  metadata: v.optional(Metadata),
  ...timestamps,
  links,
});

const ACTION = "snapshots/{snapshot}/action";

/** What manageShareSnapshot takes: a snapshot the backend has, of a share Manila knows. */
export interface ManageShareSnapshotArgs {
  share_id: string;
  provider_location: string;
  name?: string;
  description?: string;
  driver_options?: Readonly<Record<string, string>>;
}

/**
 * Share snapshots. A create answers `creating`: `waitForShareSnapshot(s, { status:
 * "available" })`. `force` snapshots a share that is busy. Their export locations (where a
 * mountable snapshot is mounted from) are `listShareSnapshotExportLocations`.
 */
export const shareSnapshots = defineResource({
  service: sharedFileSystemService,
  path: "snapshots",
  listPath: "snapshots/detail",
  singular: "ShareSnapshot",
  plural: "ShareSnapshots",
  key: "snapshot",
  pluralKey: "snapshots",
  schema: ShareSnapshot,
  verbs: ["list", "get", "find", "create", "delete", "waitFor"],
  query: ["name", "description", "status", "share_id", "size", "project_id"],
  filters: { ...manilaSort, "name~": v.string(), "description~": v.string(), force: v.boolean() },
  microversionBounds: { "name~": { addedIn: "2.36" }, "description~": { addedIn: "2.36" } },
  required: ["share_id"],
  readOnly: [
    "id",
    "status",
    "size",
    "share_size",
    "share_proto",
    "project_id",
    "user_id",
    "provider_location",
    "created_at",
    "updated_at",
    "links",
  ],
  createOnly: ["share_id", "metadata"],
  pagination: "offset",
  maxMicroversion: MANILA_MAX,
  status: { failures: ["error", "error_deleting"] },
  actions: {
    /** Renames or describes the snapshot (sent as Manila's `display_name`, `display_description`). */
    updateShareSnapshot: {
      method: "PUT",
      path: "snapshots/{snapshot}",
      body: ({ name, description }: { name?: string | null; description?: string | null }) => ({
        snapshot: displayFields({ name, description }),
      }),
      returns: "json",
      resultKey: "snapshot",
      schema: ShareSnapshot,
      maxMicroversion: MANILA_MAX,
    },
    /** Brings a snapshot the backend has under Manila (admin; 2.12). */
    manageShareSnapshot: {
      method: "POST",
      path: "snapshots/manage",
      body: (a: ManageShareSnapshotArgs) => ({ snapshot: a }),
      returns: "json",
      resultKey: "snapshot",
      schema: ShareSnapshot,
      requires: "2.12",
      maxMicroversion: MANILA_MAX,
    },
    /** Removes the snapshot from Manila, leaving it on the backend (admin; 2.12). */
    unmanageShareSnapshot: { ...bareAction(ACTION, "unmanage"), requires: "2.12" },
    resetShareSnapshotStatus: resetStatusAction(ACTION),
    forceDeleteShareSnapshot: bareAction(ACTION, "force_delete"),
    /** Where a mountable snapshot is mounted from (2.32). */
    listShareSnapshotExportLocations: {
      method: "GET",
      path: "snapshots/{snapshot}/export-locations",
      returns: "json",
      resultKey: "share_snapshot_export_locations",
      schema: v.array(v.looseObject({ id: v.string(), path: v.string() })),
      requires: "2.32",
      maxMicroversion: MANILA_MAX,
    },
  },
});
export type ShareSnapshot = Item<typeof shareSnapshots>;

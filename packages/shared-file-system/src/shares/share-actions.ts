import { bareAction, MANILA_MAX, resetStatusAction } from "../shared.js";
import { Share } from "./share-schema.js";

const ACTION = "shares/{share}/action";

/** `name` and `description` as Manila's updates of shares and snapshots read them (`display_…`); the rest as given. */
export function displayFields(a: { name?: string | null; description?: string | null; is_public?: boolean }) {
  const { name, description, is_public } = a;
  return {
    ...(name !== undefined && { display_name: name }),
    ...(description !== undefined && { display_description: description }),
    ...(is_public !== undefined && { is_public }),
  };
}

/** What manageShare takes: a share the backend already has, named by its export path and host. */
export interface ManageShareArgs {
  protocol: string;
  export_path: string;
  /** `host@backend#pool`, as storage pools name it. */
  service_host: string;
  share_type?: string;
  name?: string;
  description?: string;
  is_public?: boolean;
  driver_options?: Readonly<Record<string, string>>;
  /** 2.49: with driver_handles_share_servers, the share server it is on. */
  share_server_id?: string;
}

/**
 * A share's calls beyond the verbs, each named as openstacksdk names it. Extend, shrink and
 * revert answer 202: the share goes `extending`, `shrinking`, `reverting`, then back to
 * `available` (waitForShare); unmanage removes the share from Manila without touching the
 * backend, manage brings such a share back (admin).
 */
export const shareActions = {
  /**
   * Renames, describes or publishes the share. Manila's update reads only `display_name`,
   * `display_description` and `is_public` (a `name` it would ignore in silence): the fields
   * are given by the names the share has, and sent by those.
   */
  updateShare: {
    method: "PUT",
    path: "shares/{share}",
    body: (a: { name?: string | null; description?: string | null; is_public?: boolean }) => ({
      share: displayFields(a),
    }),
    returns: "json",
    resultKey: "share",
    schema: Share,
    maxMicroversion: MANILA_MAX,
  },
  /** Grows the share to `new_size` GiB; `force` (2.64, admin) skips the quota check. */
  extendShare: {
    method: "POST",
    path: ACTION,
    body: (a: { new_size: number; force?: boolean }) => ({
      extend: a.force === undefined ? { new_size: a.new_size } : { new_size: a.new_size, force: a.force },
    }),
    requires: (a: { force?: boolean }) => (a.force === undefined ? "2.0" : "2.64"),
    maxMicroversion: MANILA_MAX,
  },
  /** Shrinks the share to `new_size` GiB (the backend refuses when the data would not fit). */
  shrinkShare: {
    method: "POST",
    path: ACTION,
    body: (a: { new_size: number }) => ({ shrink: { new_size: a.new_size } }),
    maxMicroversion: MANILA_MAX,
  },
  /** Reverts the share to its latest snapshot (2.27), named by id or as the snapshot. */
  revertShareToSnapshot: {
    method: "POST",
    path: ACTION,
    body: (a: { snapshot_id: string | { id: string } }) => ({
      revert: { snapshot_id: typeof a.snapshot_id === "string" ? a.snapshot_id : a.snapshot_id.id },
    }),
    requires: "2.27",
    maxMicroversion: MANILA_MAX,
  },
  /** Brings a share the backend has under Manila (admin); answers it `manage_starting`. */
  manageShare: {
    method: "POST",
    path: "shares/manage",
    body: (a: ManageShareArgs) => ({ share: a }),
    returns: "json",
    resultKey: "share",
    schema: Share,
    maxMicroversion: MANILA_MAX,
  },
  /** Removes the share from Manila, leaving it on the backend (admin; 2.7 and later). */
  unmanageShare: { ...bareAction(ACTION, "unmanage"), requires: "2.7" },
  /** Sets the state Manila records (admin); nothing happens on the backend. */
  resetShareStatus: resetStatusAction(ACTION),
  /** Deletes whatever state the share is in (admin). */
  forceDeleteShare: bareAction(ACTION, "force_delete"),
  /** Moves the share to the recycle bin (2.69); restoreShare brings it back. */
  softDeleteShare: { ...bareAction(ACTION, "soft_delete"), requires: "2.69" },
  restoreShare: { ...bareAction(ACTION, "restore"), requires: "2.69" },
} as const;

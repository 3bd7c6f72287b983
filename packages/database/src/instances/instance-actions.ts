import * as v from "valibot";
import { type IdRef, idOf } from "../shared.js";

const ACTION = "instances/{instance}/action";

/** What `updateInstance` changes: Trove takes one of these at a time, besides `name`. */
export type InstanceChange =
  | { name: string }
  | { name?: string; configuration: IdRef | null }
  | { name?: string; datastore_version: string }
  | { name?: string; access: { is_public?: boolean; allowed_cidrs?: readonly string[] } }
  | { name?: string; replica_of: null };

/** The body of an instance update: the change as given, a configuration group by its id (null detaches). */
function updateBody(a: InstanceChange & { instance: unknown }) {
  const { instance: _, ...change } = a;
  const body: Record<string, unknown> = { ...change };
  if ("configuration" in change) body.configuration = change.configuration === null ? null : idOf(change.configuration);
  return { instance: body };
}

/** The root user's state (`rootEnabled`) as Trove answers it. */
const RootEnabled = v.looseObject({ rootEnabled: v.boolean() });

/** The root user made by `enableRootUser`: its name and new password. */
const RootUser = v.looseObject({ name: v.string(), password: v.string() });

/**
 * An instance's calls beyond the verbs, named as openstacksdk names them. Each answers 202:
 * the instance goes REBOOT, RESIZE, … and back to ACTIVE (waitForInstance). Trove refuses
 * them (422) while the instance is not ACTIVE: a guest agent must be running.
 */
export const instanceActions = {
  /**
   * Renames the instance, attaches a configuration group (or detaches it: `configuration:
   * null`), upgrades its datastore version, changes who may reach it or detaches a replica.
   * A PUT that answers 202 without a body: get the instance again to see the change.
   */
  updateInstance: {
    method: "PUT",
    path: "instances/{instance}",
    body: (a: InstanceChange & { instance: IdRef }) => updateBody(a),
  },
  /** Restarts the database on the instance. */
  restartInstance: {
    method: "POST",
    path: ACTION,
    body: (_: { instance: IdRef }) => ({ restart: {} }),
  },
  /** Moves the instance to another flavor (`flavorRef`: its id, or the flavor). */
  resizeInstance: {
    method: "POST",
    path: ACTION,
    body: (a: { instance: IdRef; flavorRef: IdRef }) => ({ resize: { flavorRef: idOf(a.flavorRef) } }),
  },
  /** Grows the instance's data volume to `size` GiB. */
  resizeInstanceVolume: {
    method: "POST",
    path: ACTION,
    body: (a: { instance: IdRef; size: number }) => ({ resize: { volume: { size: a.size } } }),
  },
  /** Sets a stuck instance's status back to ERROR, so it can be deleted (admin). */
  resetInstanceStatus: {
    method: "POST",
    path: ACTION,
    body: (_: { instance: IdRef }) => ({ reset_status: {} }),
  },
  /** Makes the database's root user (or a new password for it). */
  enableRootUser: {
    method: "POST",
    path: "instances/{instance}/root",
    returns: "json",
    resultKey: "user",
    schema: RootUser,
  },
  /** Whether the database's root user was ever enabled. */
  isRootEnabled: {
    method: "GET",
    path: "instances/{instance}/root",
    returns: "json",
    schema: RootEnabled,
  },
  /** The configuration Trove rendered for the instance's database, by option. */
  getInstanceConfiguration: {
    method: "GET",
    path: "instances/{instance}/configuration",
    returns: "json",
    resultKey: "instance",
    schema: v.looseObject({ configuration: v.record(v.string(), v.unknown()) }),
  },
} as const;

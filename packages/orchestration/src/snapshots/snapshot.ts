import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { orchestrationService } from "../descriptor.js";

/** A stack snapshot: Heat's record of a stack and of its resources' own snapshots (volume backups, …). */
export const StackSnapshot = v.looseObject({
  id: v.string(),
  name: v.nullish(v.string()),
  status: v.string(),
  status_reason: v.nullish(v.string()),
  action: v.optional(v.string()),
  creation_time: v.nullish(v.string()),
  /** The stack's data at the snapshot: null while IN_PROGRESS. */
  data: v.nullish(v.record(v.string(), v.unknown())),
});

/**
 * A stack's snapshots, under `stacks/{stack_name}/{stack_id}/snapshots`: listed, read and deleted here;
 * made and restored by createStackSnapshot and restoreStackSnapshot (POSTs, which need the
 * stack's canonical path). A snapshot's `status` goes IN_PROGRESS → COMPLETE or FAILED. Heat
 * deletes a snapshot after answering the DELETE: waitForDeleteStackSnapshot waits until it is gone.
 */
export const stackSnapshots = defineResource({
  service: orchestrationService,
  path: "stacks/{stack_name}/{stack_id}/snapshots",
  singular: "StackSnapshot",
  plural: "StackSnapshots",
  key: "snapshot",
  pluralKey: "snapshots",
  schema: StackSnapshot,
  verbs: ["list", "get", "delete", "waitFor"],
  pagination: "none",
  status: { failures: ["FAILED"] },
});

/** A StackSnapshot as the API returns it. */
export type StackSnapshot = Item<typeof stackSnapshots>;

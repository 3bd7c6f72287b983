import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { instanceHaService } from "../descriptor.js";
import { MARKER_FIELD, MAX_MICROVERSION, masakariSort, recordFields, recordReadOnly } from "../shared.js";
import { vmoveActions } from "../vmoves/vmove.js";

/**
 * What a notification reports: a host down (`COMPUTE_HOST`), a process stopped (`PROCESS`),
 * an instance failed (`VM`).
 */
export const NotificationType = v.picklist(["COMPUTE_HOST", "PROCESS", "VM"]);

/** One task of a notification's recovery flow, with the messages it logged (1.1 and later). */
export const RecoveryWorkflowTask = v.looseObject({
  name: v.string(),
  /** 0.0 to 1.0. */
  progress: v.number(),
  /** Taskflow's state of the task: SUCCESS, FAILURE, REVERTED, … */
  state: v.string(),
  progress_details: v.array(
    v.looseObject({ timestamp: v.string(), message: v.string(), progress: v.union([v.string(), v.number()]) }),
  ),
});

/**
 * A failure notification, fields as the API names them. `hostname` is sent on create only
 * (the host's name in its segment); the answer names the host by `source_host_uuid`.
 */
export const Notification = v.looseObject({
  notification_uuid: v.string(),
  id: v.optional(v.number()),
  type: NotificationType,
  hostname: v.optional(v.string()),
  source_host_uuid: v.optional(v.string()),
  /** When the monitor saw the failure (`2017-04-24 08:34:46`, or ISO 8601). */
  generated_time: v.string(),
  /** What failed, by type: `{event, host_status, cluster_status}`, `{event, process_name}`, `{event, instance_uuid, vir_domain_event}`. */
  payload: v.record(v.string(), v.unknown()),
  /** new → running → finished; or ignored, or error (retried once by the engine) → failed. */
  status: v.optional(v.string()),
  recovery_workflow_details: v.optional(v.array(RecoveryWorkflowTask)),
  ...recordFields,
});

/**
 * Notifications: a monitor's report of a failure, which Masakari's engine recovers from.
 * Create answers 202 with the notification `new`; `waitForNotification(n, { status:
 * "finished" })` waits for the engine, and fails on `error` or `failed`. A get at 1.1 or
 * later carries the recovery flow's tasks (`recovery_workflow_details`).
 */
export const notifications = defineResource({
  service: instanceHaService,
  path: "notifications",
  singular: "Notification",
  plural: "Notifications",
  key: "notification",
  pluralKey: "notifications",
  schema: Notification,
  idField: "notification_uuid",
  verbs: ["list", "get", "create", "waitFor"],
  query: ["source_host_uuid", "type", "status"],
  filters: { ...masakariSort, generated_since: v.string() },
  required: ["type", "hostname", "generated_time", "payload"],
  readOnly: ["notification_uuid", "source_host_uuid", "status", "recovery_workflow_details", ...recordReadOnly],
  pagination: "marker",
  markerField: MARKER_FIELD,
  maxMicroversion: MAX_MICROVERSION,
  status: { failures: ["error", "failed"] },
  actions: vmoveActions,
});
export type Notification = Item<typeof notifications>;

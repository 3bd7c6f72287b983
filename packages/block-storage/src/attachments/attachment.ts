import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { listFilters, MAX_MICROVERSION, optionalString, projectFilters } from "../common.js";
import { blockStorageService } from "../descriptor.js";

/**
 * A volume attachment of the v3 attachments API (microversion 3.27 and later), fields as
 * the Block Storage v3 API reference names them. `attached_at` and `detached_at` are ""
 * until the event happens.
 */
export const Attachment = v.looseObject({
  id: v.string(),
  status: v.string(),
  instance: v.nullable(v.string()),
  volume_id: v.string(),
  attached_at: optionalString,
  detached_at: optionalString,
  attach_mode: optionalString,
  connection_info: v.optional(v.nullable(v.record(v.string(), v.unknown()))),
  // What a create or update sends: Cinder names the volume and server differently there.
  volume_uuid: v.optional(v.string()),
  instance_uuid: v.optional(v.nullable(v.string())),
  /** The host's connector (os-brick's `get_connector_properties`); without one the attachment is only reserved. */
  connector: v.optional(v.nullable(v.record(v.string(), v.unknown()))),
  mode: v.optional(v.picklist(["rw", "ro"])), // 3.54
});

/**
 * Attachments, the way Nova attaches volumes since Queens: create (a reservation, or with a
 * connector the connection info), update with the host's connector, complete (3.44: the
 * volume becomes in-use), delete (detach). Lists read `attachments/detail`. The resource
 * needs microversion 3.27; a cloud below it answers 404.
 */
export const attachments = defineResource({
  service: blockStorageService,
  path: "attachments",
  listPath: "attachments/detail",
  singular: "Attachment",
  plural: "Attachments",
  key: "attachment",
  pluralKey: "attachments",
  schema: Attachment,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: ["volume_id", "status"],
  // The server's id is the `instance` field; `attach_status` is the state `status` reports.
  filters: { ...listFilters, ...projectFilters, instance_id: v.string(), attach_status: v.string() },
  required: ["volume_uuid"],
  readOnly: ["id", "status", "instance", "volume_id", "attached_at", "detached_at", "attach_mode", "connection_info"],
  createOnly: ["volume_uuid", "instance_uuid", "mode"],
  maxMicroversion: MAX_MICROVERSION,
  status: { failures: ["error_attaching", "error_detaching"] },
  actions: {
    /** Marks the attachment attached and the volume in-use, once the host has connected it. */
    completeAttachment: {
      method: "POST",
      path: "attachments/{attachment}/action",
      body: () => ({ "os-complete": {} }),
      requires: "3.44",
    },
  },
});

/** An Attachment as the API returns it (its declared fields; extra fields pass through at run time). */
export type Attachment = Item<typeof attachments>;

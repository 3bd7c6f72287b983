import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { idFrom, nullableString, optionalString, type ComputeRef } from "../common.js";
import { microversionFor, microversionHeaders } from "../microversion.js";
import { computeService } from "../descriptor.js";

/** A volume attached to a server, named by the volume's id. */
export const ServerVolumeAttachment = v.looseObject({
  volumeId: v.string(),
  serverId: v.string(),
  device: nullableString,
  // The volume id again, until 2.89 dropped it.
  id: optionalString,
  tag: nullableString, // 2.70 (set on create from 2.49)
  delete_on_termination: v.optional(v.boolean()), // 2.79
  attachment_id: optionalString, // 2.89: the Cinder attachment
  bdm_uuid: optionalString, // 2.89
});

const ONE = "servers/{server}/os-volume_attachments/{volume}";

/**
 * The volumes attached to one server (`server`: an id or the server). Create with
 * `volumeId`; delete detaches. At 2.101 and later createVolumeAttachment returns what it
 * sent (`isAccepted` tells): watch the volume's status in Cinder for the end of the attach. `updateVolumeAttachment` swaps the volume for another
 * (`volumeId`, admin) or, from 2.85, changes `delete_on_termination`; Nova answers 202
 * without a body, so it is an action.
 */
export const serverVolumeAttachments = defineResource({
  service: computeService,
  path: "servers/{server}/os-volume_attachments",
  singular: "VolumeAttachment",
  plural: "VolumeAttachments",
  key: "volumeAttachment",
  pluralKey: "volumeAttachments",
  idField: "volumeId",
  schema: ServerVolumeAttachment,
  verbs: ["list", "get", "create", "delete"],
  required: ["volumeId"],
  readOnly: ["serverId", "id", "attachment_id", "bdm_uuid"],
  pagination: "none",
  // From 2.101 (a configured microversion; this SDK asks for 2.89) Nova attaches in the
  // background and answers 202 without a body: create then returns the fields it sent.
  bodilessCreateFrom: "2.101",
  maxMicroversion: "2.89",
  actions: {
    // Swaps the attached volume for another: once done, the same request names a volume no
    // longer attached, so it is never resent.
    updateVolumeAttachment: {
      method: "PUT",
      path: ONE,
      idempotent: false,
      body: (args: { volume: ComputeRef; volumeId?: ComputeRef; delete_on_termination?: boolean }) => ({
        volumeAttachment: {
          volumeId: idFrom(args.volumeId ?? args.volume, "volumeId"),
          ...(args.delete_on_termination !== undefined && { delete_on_termination: args.delete_on_termination }),
        },
      }),
      headers: (args: { delete_on_termination?: boolean }) =>
        microversionHeaders(microversionFor(args, { delete_on_termination: "2.85" })),
    },
  },
});

/** A ServerVolumeAttachment as the API returns it (its declared fields; extra fields pass through at run time). */
export type ServerVolumeAttachment = Item<typeof serverVolumeAttachments>;

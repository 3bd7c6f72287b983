import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { baremetalService } from "../descriptor.js";
import { IRONIC_MAX, JSON_PATCH, patchAction, ironicSort, jsonObject, links, timestamps } from "../shared.js";

/** A volume a node boots from or uses (a Cinder volume by id), and its place in the boot order (1.32). */
export const VolumeTarget = v.looseObject({
  uuid: v.string(),
  node_uuid: v.string(),
  /** `iscsi`, `fibre_channel`, … */
  volume_type: v.string(),
  volume_id: v.string(),
  boot_index: v.number(),
  properties: v.optional(v.nullable(jsonObject)),
  extra: v.optional(v.nullable(jsonObject)),
  ...timestamps,
  links,
});

/** Volume targets (1.32). Lists are the detailed view. */
export const volumeTargets = defineResource({
  service: baremetalService,
  path: "volume/targets",
  singular: "VolumeTarget",
  plural: "VolumeTargets",
  pluralKey: "targets",
  idField: "uuid",
  nameField: "uuid",
  markerField: "uuid",
  listQuery: { detail: "True" },
  schema: VolumeTarget,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  filters: { ...ironicSort, node: v.string(), limit: v.number() },
  required: ["node_uuid", "volume_type", "volume_id", "boot_index"],
  readOnly: ["uuid", "created_at", "updated_at", "links"],
  jsonPatch: JSON_PATCH,
  maxMicroversion: IRONIC_MAX,
  actions: { patchVolumeTarget: patchAction("volume/targets/{volume_target}", "uuid", VolumeTarget) },
});
export type VolumeTarget = Item<typeof volumeTargets>;

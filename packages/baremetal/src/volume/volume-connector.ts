import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { baremetalService } from "../descriptor.js";
import { IRONIC_MAX, JSON_PATCH, patchAction, ironicSort, jsonObject, links, timestamps } from "../shared.js";

/** How a node reaches remote volumes: an initiator (`iqn`, `wwpn`, `ip`, …) (1.32). */
export const VolumeConnector = v.looseObject({
  uuid: v.string(),
  node_uuid: v.string(),
  /** `iqn`, `ip`, `mac`, `wwnn`, `wwpn`, `port` or `portgroup`. */
  type: v.string(),
  connector_id: v.string(),
  extra: v.optional(v.nullable(jsonObject)),
  ...timestamps,
  links,
});

/** Volume connectors (1.32). Lists are the detailed view. */
export const volumeConnectors = defineResource({
  service: baremetalService,
  path: "volume/connectors",
  singular: "VolumeConnector",
  plural: "VolumeConnectors",
  pluralKey: "connectors",
  idField: "uuid",
  nameField: "uuid",
  markerField: "uuid",
  listQuery: { detail: "True" },
  schema: VolumeConnector,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  filters: { ...ironicSort, node: v.string(), limit: v.number() },
  required: ["node_uuid", "type", "connector_id"],
  readOnly: ["uuid", "created_at", "updated_at", "links"],
  jsonPatch: JSON_PATCH,
  maxMicroversion: IRONIC_MAX,
  actions: { patchVolumeConnector: patchAction("volume/connectors/{volume_connector}", "uuid", VolumeConnector) },
});
export type VolumeConnector = Item<typeof volumeConnectors>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { baremetalService } from "../descriptor.js";
import { IRONIC_MAX, JSON_PATCH, patchAction, ironicSort, jsonObject, maybeString, wiringFields } from "../shared.js";

/** A node's network port (a NIC), fields as the Ironic v1 reference names them. */
export const Port = v.looseObject({
  ...wiringFields,
  /** The MAC address. */
  address: v.string(),
  portgroup_uuid: maybeString,
  description: maybeString,
  vendor: maybeString,
  local_link_connection: v.optional(v.nullable(jsonObject)),
  pxe_enabled: v.optional(v.nullable(v.boolean())),
  is_smartnic: v.optional(v.nullable(v.boolean())),
});

/**
 * Ports. Lists are the detailed view; `node` and `portgroup` filter by name or uuid. A port's
 * name is 1.88's (newer than Zed): `findPort` takes a uuid; `listPorts({ address })` finds
 * one by its MAC.
 */
export const ports = defineResource({
  service: baremetalService,
  path: "ports",
  listPath: "ports/detail",
  singular: "Port",
  plural: "Ports",
  pluralKey: "ports",
  idField: "uuid",
  nameField: "uuid",
  markerField: "uuid",
  schema: Port,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["address", "node_uuid"],
  filters: { ...ironicSort, node: v.string(), portgroup: v.string(), shard: v.string(), limit: v.number() },
  required: ["address", "node_uuid"],
  readOnly: ["uuid", "internal_info", "created_at", "updated_at", "links"],
  jsonPatch: JSON_PATCH,
  maxMicroversion: IRONIC_MAX,
  actions: { patchPort: patchAction("ports/{port}", "uuid", Port) },
});
export type Port = Item<typeof ports>;

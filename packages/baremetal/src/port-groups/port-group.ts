import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { baremetalService } from "../descriptor.js";
import { IRONIC_MAX, JSON_PATCH, patchAction, ironicSort, jsonObject, maybeString, wiringFields } from "../shared.js";

/** A port group (a bond of a node's ports), fields as the Ironic v1 reference names them. */
export const PortGroup = v.looseObject({
  ...wiringFields,
  address: maybeString,
  /** The bond mode (`active-backup`, `802.3ad`, …). */
  mode: maybeString,
  properties: v.optional(v.nullable(jsonObject)),
  standalone_ports_supported: v.optional(v.nullable(v.boolean())),
  ports: v.optional(v.array(v.unknown())),
});

/** Port groups (1.26). Lists are the detailed view; `node` filters by name or uuid. */
export const portGroups = defineResource({
  service: baremetalService,
  path: "portgroups",
  listPath: "portgroups/detail",
  singular: "PortGroup",
  plural: "PortGroups",
  pluralKey: "portgroups",
  idField: "uuid",
  markerField: "uuid",
  schema: PortGroup,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["address"],
  filters: { ...ironicSort, node: v.string(), shard: v.string(), limit: v.number() },
  required: ["node_uuid"],
  readOnly: ["uuid", "internal_info", "ports", "created_at", "updated_at", "links"],
  jsonPatch: JSON_PATCH,
  maxMicroversion: IRONIC_MAX,
  actions: { patchPortGroup: patchAction("portgroups/{port_group}", "uuid", PortGroup) },
});
export type PortGroup = Item<typeof portGroups>;

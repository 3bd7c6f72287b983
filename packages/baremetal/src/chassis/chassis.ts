import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { baremetalService } from "../descriptor.js";
import {
  IRONIC_MAX,
  JSON_PATCH,
  patchAction,
  ironicSort,
  jsonObject,
  links,
  maybeString,
  timestamps,
} from "../shared.js";

/** A chassis: a group of nodes (a rack, an enclosure), fields as the Ironic v1 reference names them. */
export const Chassis = v.looseObject({
  uuid: v.string(),
  description: maybeString,
  extra: v.optional(v.nullable(jsonObject)),
  /** Links to the chassis' nodes. */
  nodes: v.optional(v.array(v.unknown())),
  ...timestamps,
  links,
});

/** Chassis. Lists are the detailed view. A chassis has no name: `findChassis` takes a uuid. */
export const chassis = defineResource({
  service: baremetalService,
  path: "chassis",
  listPath: "chassis/detail",
  singular: "Chassis",
  plural: "Chassis",
  pluralKey: "chassis",
  idField: "uuid",
  nameField: "uuid",
  markerField: "uuid",
  schema: Chassis,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["description"],
  filters: { ...ironicSort, limit: v.number() },
  readOnly: ["uuid", "nodes", "created_at", "updated_at", "links"],
  jsonPatch: JSON_PATCH,
  maxMicroversion: IRONIC_MAX,
  actions: { patchChassis: patchAction("chassis/{chassis}", "uuid", Chassis) },
});
export type Chassis = Item<typeof chassis>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { baremetalService } from "../descriptor.js";
import { IRONIC_MAX, links, timestamps } from "../shared.js";

/** An ironic-conductor, by its host name (1.49). */
export const Conductor = v.looseObject({
  hostname: v.string(),
  conductor_group: v.string(),
  /** Whether its heartbeat is recent. */
  alive: v.boolean(),
  /** The hardware types it serves (the detailed view). */
  drivers: v.optional(v.array(v.string())),
  ...timestamps,
  links,
});

/** Conductors (1.49): read-only, by host name. */
export const conductors = defineResource({
  service: baremetalService,
  path: "conductors",
  listQuery: { detail: "True" },
  singular: "Conductor",
  plural: "Conductors",
  pluralKey: "conductors",
  idField: "hostname",
  nameField: "hostname",
  markerField: "hostname",
  schema: Conductor,
  verbs: ["list", "get", "find"],
  filters: { limit: v.number(), sort_key: v.string(), sort_dir: v.picklist(["asc", "desc"]) },
  maxMicroversion: IRONIC_MAX,
});
export type Conductor = Item<typeof conductors>;

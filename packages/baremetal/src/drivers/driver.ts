import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { baremetalService } from "../descriptor.js";
import { IRONIC_MAX, links } from "../shared.js";

const INTERFACES = [
  "bios",
  "boot",
  "console",
  "deploy",
  "firmware",
  "inspect",
  "management",
  "network",
  "power",
  "raid",
  "rescue",
  "storage",
  "vendor",
] as const;
type Interface = (typeof INTERFACES)[number];

/** The detailed view's fields per interface: the default implementation and those enabled. */
const perInterface = Object.fromEntries(
  INTERFACES.flatMap((name) => [
    [`default_${name}_interface`, v.optional(v.nullable(v.string()))],
    [`enabled_${name}_interfaces`, v.optional(v.nullable(v.array(v.string())))],
  ]),
) as {
  [K in Interface as `default_${K}_interface`]: v.OptionalSchema<
    v.NullableSchema<v.StringSchema<undefined>, undefined>,
    undefined
  >;
} & {
  [K in Interface as `enabled_${K}_interfaces`]: v.OptionalSchema<
    v.NullableSchema<v.ArraySchema<v.StringSchema<undefined>, undefined>, undefined>,
    undefined
  >;
};

/**
 * A driver (a hardware type, `fake-hardware`, `ipmi`, …). The detailed view adds, per
 * interface, the default implementation and those enabled (`default_power_interface`,
 * `enabled_power_interfaces`, …).
 */
export const Driver = v.looseObject({
  ...perInterface,
  name: v.string(),
  /** The conductors that serve it. */
  hosts: v.array(v.string()),
  /** `dynamic` (hardware types) or `classic` (before Rocky). */
  type: v.optional(v.string()),
  links,
  /** A link to the driver's properties (its `driver_info` keys). */
  properties: v.optional(v.array(v.unknown())),
});

/** The `driver_info` keys a driver reads, each with its description. */
export const DriverProperties = v.record(v.string(), v.string());

/** Drivers: read-only, by name. Lists are the detailed view. */
export const drivers = defineResource({
  service: baremetalService,
  path: "drivers",
  singular: "Driver",
  plural: "Drivers",
  pluralKey: "drivers",
  idField: "name",
  markerField: "name",
  pagination: "none",
  listQuery: { detail: "True" },
  schema: Driver,
  verbs: ["list", "get", "find"],
  filters: { type: v.picklist(["classic", "dynamic"]) },
  maxMicroversion: IRONIC_MAX,
  actions: {
    /** The `driver_info` keys the driver reads, with what each means. */
    getDriverProperties: {
      method: "GET",
      path: "drivers/{driver}/properties",
      idField: "name",
      maxMicroversion: IRONIC_MAX,
      returns: "json",
      schema: DriverProperties,
    },
    /** The properties a RAID logical disk of the driver's RAID interface takes (1.12). */
    getDriverRaidLogicalDiskProperties: {
      method: "GET",
      path: "drivers/{driver}/raid/logical_disk_properties",
      idField: "name",
      maxMicroversion: IRONIC_MAX,
      requires: "1.12",
      returns: "json",
      schema: DriverProperties,
    },
  },
});
export type Driver = Item<typeof drivers>;

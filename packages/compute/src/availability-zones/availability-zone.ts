import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { nullableString } from "../common.js";
import { computeService } from "../descriptor.js";

/** One service on one host of a zone (detail list only). */
export const ZoneService = v.looseObject({ available: v.boolean(), active: v.boolean(), updated_at: nullableString });

/**
 * A compute availability zone. `hosts` is null in the plain list; in the detail list
 * (admin) it maps each host to its services (`nova-compute`, …).
 */
export const AvailabilityZone = v.looseObject({
  zoneName: v.string(),
  zoneState: v.looseObject({ available: v.boolean() }),
  hosts: v.nullable(v.record(v.string(), v.record(v.string(), ZoneService))),
});

const zone = {
  service: computeService,
  pluralKey: "availabilityZoneInfo",
  idField: "zoneName",
  schema: AvailabilityZone,
  verbs: ["list"],
  pagination: "none",
} as const;

/** The zones a user can boot in: `listAvailabilityZones()`. */
export const availabilityZones = defineResource({
  ...zone,
  path: "os-availability-zone",
  singular: "AvailabilityZone",
  plural: "AvailabilityZones",
});

/** Every zone with its hosts and their services, the internal zone included (admin): `listAvailabilityZoneDetails()`. */
export const availabilityZoneDetails = defineResource({
  ...zone,
  path: "os-availability-zone/detail",
  singular: "AvailabilityZoneDetail",
  plural: "AvailabilityZoneDetails",
});

/** A AvailabilityZone as the API returns it. */
export type AvailabilityZone = Item<typeof availabilityZones>;

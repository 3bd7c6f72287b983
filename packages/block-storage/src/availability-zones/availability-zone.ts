import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { MAX_MICROVERSION } from "../common.js";
import { blockStorageService } from "../descriptor.js";

/** A block-storage availability zone, in Cinder's (Nova-inherited) camelCase. */
export const AvailabilityZone = v.looseObject({
  zoneName: v.string(),
  zoneState: v.looseObject({ available: v.boolean() }),
});

/** Availability zones (`os-availability-zone`): one unpaged list. */
export const availabilityZones = defineResource({
  service: blockStorageService,
  path: "os-availability-zone",
  singular: "AvailabilityZone",
  plural: "AvailabilityZones",
  pluralKey: "availabilityZoneInfo",
  schema: AvailabilityZone,
  verbs: ["list"],
  pagination: "none",
  markerField: "zoneName",
  maxMicroversion: MAX_MICROVERSION,
});

/** A AvailabilityZone as the API returns it. */
export type AvailabilityZone = Item<typeof availabilityZones>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX, timestamps } from "../shared.js";

/** An availability zone of the share services. */
export const AvailabilityZone = v.looseObject({ id: v.string(), name: v.string(), ...timestamps });

/** The availability zones shares can be created in. */
export const availabilityZones = defineResource({
  service: sharedFileSystemService,
  path: "availability-zones",
  singular: "AvailabilityZone",
  plural: "AvailabilityZones",
  pluralKey: "availability_zones",
  schema: AvailabilityZone,
  verbs: ["list"],
  pagination: "none",
  maxMicroversion: MANILA_MAX,
});
export type AvailabilityZone = Item<typeof availabilityZones>;

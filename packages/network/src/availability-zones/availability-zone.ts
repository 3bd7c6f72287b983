import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";

/**
 * An availability zone as Neutron sees it: a name per kind of resource (`network` for DHCP
 * agents, `router` for L3 agents), gathered from the agents' reports. A cloud without
 * agents has none.
 */
export const AvailabilityZone = v.looseObject({
  name: v.string(),
  resource: v.string(),
  // available or unavailable.
  state: v.string(),
});

export const availabilityZones = defineResource({
  service: networkService,
  path: "availability_zones",
  singular: "AvailabilityZone",
  plural: "AvailabilityZones",
  key: "availability_zone",
  pluralKey: "availability_zones",
  schema: AvailabilityZone,
  // Zones have no id and no URL of their own: they are only listed.
  verbs: ["list"],
  query: ["name", "resource", "state"],
});

/** An AvailabilityZone as the API returns it (its declared fields; extra fields pass through at run time). */
export type AvailabilityZone = Item<typeof availabilityZones>;

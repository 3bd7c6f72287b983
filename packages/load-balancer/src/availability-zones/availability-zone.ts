import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { loadBalancerService } from "../descriptor.js";
import { octaviaSort, optionalString, sortFilters } from "../shared.js";

/** A load balancer availability zone, named by its `name` (the `availability_zone` of a load balancer). */
export const AvailabilityZone = v.looseObject({
  name: v.string(),
  description: optionalString,
  enabled: v.optional(v.boolean()),
  availability_zone_profile_id: v.string(),
});

/** Availability zones; making and changing them is for admins. A zone is named by its `name`. */
export const availabilityZones = defineResource({
  service: loadBalancerService,
  path: "lbaas/availabilityzones",
  singular: "AvailabilityZone",
  plural: "AvailabilityZones",
  key: "availability_zone",
  pluralKey: "availability_zones",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  idField: "name",
  markerField: "name",
  schema: AvailabilityZone,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name", "description", "enabled", "availability_zone_profile_id"],
  filters: { ...sortFilters, ...octaviaSort },
  required: ["name", "availability_zone_profile_id"],
  createOnly: ["name", "availability_zone_profile_id"],
});

export type AvailabilityZone = Item<typeof availabilityZones>;

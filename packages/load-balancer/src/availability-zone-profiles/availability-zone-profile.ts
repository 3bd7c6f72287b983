import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { loadBalancerService } from "../descriptor.js";
import { octaviaSort, sortFilters } from "../shared.js";

/** An availability zone profile (admin): a provider and its zone settings, `availability_zone_data`, as a JSON text. */
export const AvailabilityZoneProfile = v.looseObject({
  id: v.string(),
  name: v.string(),
  provider_name: v.string(),
  availability_zone_data: v.string(),
});

/** Availability zone profiles (Octavia's `availabilityzoneprofiles`), admin only. */
export const availabilityZoneProfiles = defineResource({
  service: loadBalancerService,
  path: "lbaas/availabilityzoneprofiles",
  singular: "AvailabilityZoneProfile",
  plural: "AvailabilityZoneProfiles",
  key: "availability_zone_profile",
  pluralKey: "availability_zone_profiles",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  schema: AvailabilityZoneProfile,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["id", "name", "provider_name"],
  filters: { ...sortFilters, ...octaviaSort },
  required: ["name", "provider_name", "availability_zone_data"],
  readOnly: ["id"],
});

export type AvailabilityZoneProfile = Item<typeof availabilityZoneProfiles>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { loadBalancerService } from "../descriptor.js";
import { octaviaSort, sortFilters } from "../shared.js";

/** A flavor profile (admin): a provider and its settings, `flavor_data`, as a JSON text. */
export const FlavorProfile = v.looseObject({
  id: v.string(),
  name: v.string(),
  provider_name: v.string(),
  flavor_data: v.string(),
});

/** Flavor profiles (Octavia's `flavorprofiles`), admin only. */
export const flavorProfiles = defineResource({
  service: loadBalancerService,
  path: "lbaas/flavorprofiles",
  singular: "FlavorProfile",
  plural: "FlavorProfiles",
  key: "flavorprofile",
  pluralKey: "flavorprofiles",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  schema: FlavorProfile,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["id", "name", "provider_name"],
  filters: { ...sortFilters, ...octaviaSort },
  required: ["name", "provider_name", "flavor_data"],
  readOnly: ["id"],
});

export type FlavorProfile = Item<typeof flavorProfiles>;

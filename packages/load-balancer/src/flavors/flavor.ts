import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { loadBalancerService } from "../descriptor.js";
import { octaviaSort, optionalString, sortFilters } from "../shared.js";

/** A load balancer flavor: a name users pick (`flavor_id` of a load balancer) for an operator's flavor profile. */
export const Flavor = v.looseObject({
  id: v.string(),
  name: v.string(),
  description: optionalString,
  enabled: v.optional(v.boolean()),
  flavor_profile_id: v.string(),
});

/** Flavors; making and changing them is for admins. */
export const flavors = defineResource({
  service: loadBalancerService,
  path: "lbaas/flavors",
  singular: "Flavor",
  plural: "Flavors",
  key: "flavor",
  pluralKey: "flavors",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  schema: Flavor,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["id", "name", "description", "enabled", "flavor_profile_id"],
  filters: { ...sortFilters, ...octaviaSort },
  required: ["name", "flavor_profile_id"],
  readOnly: ["id"],
  createOnly: ["flavor_profile_id"],
});

export type Flavor = Item<typeof flavors>;

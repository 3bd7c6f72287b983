import { defineResource, type ActionSpec, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { loadBalancerService } from "../descriptor.js";

/** A provider driver the cloud enables (`amphora`, `ovn`, …): what `provider` of a load balancer names. */
export const Provider = v.looseObject({ name: v.string(), description: v.optional(v.nullable(v.string())) });

/** One setting a provider takes in a flavor profile's `flavor_data` (or a zone profile's `availability_zone_data`). */
export const ProviderCapability = v.looseObject({ name: v.string(), description: v.optional(v.nullable(v.string())) });

const actions = {
  /** What a flavor profile of this provider may set (admin). */
  listProviderFlavorCapabilities: {
    method: "GET",
    path: "lbaas/providers/{provider}/flavor_capabilities",
    idField: "name",
    returns: "json",
    resultKey: "flavor_capabilities",
    schema: v.array(ProviderCapability),
  },
  /** What an availability zone profile of this provider may set (admin). */
  listProviderAvailabilityZoneCapabilities: {
    method: "GET",
    path: "lbaas/providers/{provider}/availability_zone_capabilities",
    idField: "name",
    returns: "json",
    resultKey: "availability_zone_capabilities",
    schema: v.array(ProviderCapability),
  },
} as const satisfies Record<string, ActionSpec>;

/** The enabled provider drivers; a provider is named by its `name`. */
export const providers = defineResource({
  service: loadBalancerService,
  path: "lbaas/providers",
  singular: "Provider",
  plural: "Providers",
  pluralKey: "providers",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  idField: "name",
  schema: Provider,
  verbs: ["list"],
  pagination: "none",
  query: ["name", "description"],
  actions,
});

export type Provider = Item<typeof providers>;

import { actionFunctions, type ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";
import { placementService } from "../descriptor.js";
import { Generation, ResourceAmounts } from "../shared.js";

/** Every allocation against one provider, keyed by consumer uuid. */
export const ResourceProviderAllocations = v.looseObject({
  allocations: v.record(
    v.string(),
    v.looseObject({ resources: ResourceAmounts, consumer_generation: v.optional(v.nullable(v.number())) }),
  ),
  resource_provider_generation: Generation,
});
export type ResourceProviderAllocations = v.InferOutput<typeof ResourceProviderAllocations>;

export const providerAllocationActions = {
  /** The allocations made against a provider, by consumer. */
  getResourceProviderAllocations: {
    method: "GET",
    path: "resource_providers/{resource_provider_uuid}/allocations",
    idField: "uuid",
    returns: "json",
    schema: ResourceProviderAllocations,
    maxMicroversion: "1.39",
  },
} as const satisfies Readonly<Record<string, ActionSpec>>;

export const { getResourceProviderAllocations } = actionFunctions(placementService, providerAllocationActions);

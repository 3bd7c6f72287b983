import type { CallOptions, Target } from "@openstack-ts/core";
import * as v from "valibot";
import { placementCall, type ProviderRef } from "../call.js";
import { Generation, ResourceAmounts } from "../shared.js";

/** Every allocation against one provider, keyed by consumer uuid. */
export const ResourceProviderAllocations = v.looseObject({
  allocations: v.record(v.string(), v.looseObject({ resources: ResourceAmounts, consumer_generation: v.optional(v.nullable(v.number())) })),
  resource_provider_generation: Generation,
});
export type ResourceProviderAllocations = v.InferOutput<typeof ResourceProviderAllocations>;

/** The allocations made against a provider, by consumer. */
export function getResourceProviderAllocations(
  target: Target,
  args: { resource_provider_uuid: ProviderRef },
  options: CallOptions = {},
): Promise<ResourceProviderAllocations> {
  return placementCall(target, {
    method: "GET",
    path: "resource_providers/{resource_provider_uuid}/allocations",
    params: { resource_provider_uuid: args.resource_provider_uuid },
    max: "1.39",
    what: "getResourceProviderAllocations",
    schema: ResourceProviderAllocations,
    signal: options.signal,
  });
}

export { placementService } from "./descriptor.js";
export { placement } from "./service-definition.js";
export type { ProviderRef } from "./provider-ref.js";

export * from "./resources.js";
export {
  ResourceProviderInventories,
  getResourceProviderInventories,
  setResourceProviderInventories,
} from "./inventories/inventory-map.js";
export { listTraits, type ListTraitsQuery } from "./traits/list-traits.js";
export {
  ResourceProviderTraits,
  getResourceProviderTraits,
  setResourceProviderTraits,
} from "./traits/provider-traits.js";
export {
  ResourceProviderAggregates,
  getResourceProviderAggregates,
  setResourceProviderAggregates,
} from "./aggregates/aggregates.js";
export {
  ResourceProviderUsages,
  ProjectUsages,
  ProjectUsagesByConsumerType,
  getResourceProviderUsages,
  getProjectUsages,
  getProjectUsagesByConsumerType,
} from "./usages/usages.js";
export { getAllocations, setAllocations, manageAllocations } from "./allocations/consumer-allocations.js";
export { ResourceProviderAllocations, getResourceProviderAllocations } from "./allocations/provider-allocations.js";
export {
  AllocationCandidates,
  AllocationRequest,
  ProviderSummary,
  listAllocationCandidates,
} from "./allocation-candidates/allocation-candidates.js";
export type { AllocationCandidatesQuery, ResourcesParam } from "./allocation-candidates/query.js";
export { reshape, type ReshapeInput } from "./reshaper/reshape.js";

import { defineService } from "@openstack-ts/core";
import { allocations } from "./allocations/allocation.js";
import { resourceProviderInventories } from "./inventories/inventory.js";
import { resourceClasses } from "./resource-classes/resource-class.js";
import { resourceProviders } from "./resource-providers/resource-provider.js";
import { placementService } from "./service.js";
import { traits } from "./traits/trait.js";
import { getResourceProviderAggregates, setResourceProviderAggregates } from "./aggregates/aggregates.js";
import { listAllocationCandidates } from "./allocation-candidates/allocation-candidates.js";
import { getAllocations, manageAllocations, setAllocations } from "./allocations/consumer-allocations.js";
import { getResourceProviderAllocations } from "./allocations/provider-allocations.js";
import { getResourceProviderInventories, setResourceProviderInventories } from "./inventories/inventory-map.js";
import { reshape } from "./reshaper/reshape.js";
import { listTraits } from "./traits/list-traits.js";
import { getResourceProviderTraits, setResourceProviderTraits } from "./traits/provider-traits.js";
import { getProjectUsages, getProjectUsagesByConsumerType, getResourceProviderUsages } from "./usages/usages.js";

/** Every placement resource, for the `conn.placement` façade. */
export const placement = defineService(placementService, { resourceProviders, resourceProviderInventories, resourceClasses, traits, allocations }, {
  getAllocations,
  getProjectUsages,
  getProjectUsagesByConsumerType,
  getResourceProviderAggregates,
  getResourceProviderAllocations,
  getResourceProviderInventories,
  getResourceProviderTraits,
  getResourceProviderUsages,
  listAllocationCandidates,
  listTraits,
  manageAllocations,
  reshape,
  setAllocations,
  setResourceProviderAggregates,
  setResourceProviderInventories,
  setResourceProviderTraits,
});

import { defineResource } from "@openstack-ts/core";
import { candidateActions } from "../allocation-candidates/allocation-candidates.js";
import { reshapeActions } from "../reshaper/reshape.js";
import { placementService } from "../descriptor.js";
import { ConsumerAllocations } from "./consumer.js";
import { consumerAllocationActions } from "./consumer-allocations.js";
import { providerAllocationActions } from "./provider-allocations.js";

export { ConsumerAllocations, versionFor, type ConsumerAllocationsInput } from "./consumer.js";

/**
 * Allocations, by consumer. Their bodies are maps, not items, so every call is an action:
 * `getAllocations`, `setAllocations`, `manageAllocations`, `getResourceProviderAllocations`,
 * `deleteAllocations({ consumer_uuid })` (removes every allocation of the consumer; 404
 * when it has none), and what decides them: `listAllocationCandidates`, `reshape`.
 */
export const allocations = defineResource({
  service: placementService,
  path: "allocations",
  singular: "Allocation",
  plural: "Allocations",
  schema: ConsumerAllocations,
  verbs: [],
  actions: {
    ...consumerAllocationActions,
    ...providerAllocationActions,
    ...candidateActions,
    ...reshapeActions,
    deleteAllocations: { method: "DELETE", path: "allocations/{consumer_uuid}" },
  },
});

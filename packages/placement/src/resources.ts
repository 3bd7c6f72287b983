// The package's resources, one line each. Every resource exported here is on the façade
// (service-definition.ts takes them all): adding a resource is adding its line.
export { ResourceProvider, resourceProviders } from "./resource-providers/resource-provider.js";
export {
  InventoryRecord,
  ResourceProviderInventory,
  resourceProviderInventories,
  type InventoryInput,
} from "./inventories/inventory.js";
export { ResourceClass, resourceClasses } from "./resource-classes/resource-class.js";
export { Trait, traits } from "./traits/trait.js";
export { ConsumerAllocations, allocations, type ConsumerAllocationsInput } from "./allocations/allocation.js";

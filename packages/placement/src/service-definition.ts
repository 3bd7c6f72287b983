import { defineService } from "@openstack-ts/core";
import { allocations } from "./allocations/allocation.js";
import { resourceProviderInventories } from "./inventories/inventory.js";
import { resourceClasses } from "./resource-classes/resource-class.js";
import { resourceProviders } from "./resource-providers/resource-provider.js";
import { placementService } from "./service.js";
import { traits } from "./traits/trait.js";

/** Every placement resource, for the `conn.placement` façade; the calls on maps are their actions. */
export const placement = defineService(placementService, { resourceProviders, resourceProviderInventories, resourceClasses, traits, allocations });

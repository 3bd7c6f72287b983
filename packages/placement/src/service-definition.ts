import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { placementService } from "./descriptor.js";

/** Every placement resource, for the `conn.placement` façade; the calls on maps are their actions. */
export const placement = defineService(placementService, resourcesIn(resources));

import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { computeService } from "./descriptor.js";

/** Every compute resource, for the `conn.compute` façade. */
export const compute = defineService(computeService, resourcesIn(resources));

import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { instanceHaService } from "./descriptor.js";

/** Every instance-HA resource, for the `conn.instanceHa` façade; VM moves are notifications' actions. */
export const instanceHa = defineService(instanceHaService, resourcesIn(resources));

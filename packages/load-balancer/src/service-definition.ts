import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { loadBalancerService } from "./descriptor.js";

/** Every Octavia resource, for the `conn.loadBalancer` façade; stats, status tree and failovers are their actions. */
export const loadBalancer = defineService(loadBalancerService, resourcesIn(resources));

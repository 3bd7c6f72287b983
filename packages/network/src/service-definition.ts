import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { networkService } from "./descriptor.js";

/** Every network resource, for the `conn.network` façade. */
export const network = defineService(networkService, resourcesIn(resources));

import { defineService } from "@openstack-ts/core";
import { networks } from "./networks/network.js";
import { networkService } from "./service.js";

export { networkService } from "./service.js";
export { Network, networks } from "./networks/network.js";

/** Every network resource, for the `conn.network` façade. */
export const network = defineService(networkService, { networks });

import { defineService } from "@openstack-ts/core";
import { networks } from "./networks/network.js";
import { ports } from "./ports/port.js";
import { networkService } from "./service.js";
import { subnets } from "./subnets/subnet.js";

export { networkService } from "./service.js";
export { Network, networks } from "./networks/network.js";
export { Subnet, subnets } from "./subnets/subnet.js";
export { Port, ports } from "./ports/port.js";

/** Every network resource, for the `conn.network` façade. */
export const network = defineService(networkService, { networks, subnets, ports });

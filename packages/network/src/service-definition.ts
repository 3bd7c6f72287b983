import { defineService } from "@openstack-ts/core";
import { networks } from "./networks/network.js";
import { ports } from "./ports/port.js";
import { networkService } from "./service.js";
import { subnets } from "./subnets/subnet.js";

/** Every network resource, for the `conn.network` façade. */
export const network = defineService(networkService, { networks, subnets, ports });

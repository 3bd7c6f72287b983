export { networkService } from "./service.js";
export { Network, networks } from "./networks/network.js";
export { Subnet, subnets } from "./subnets/subnet.js";
export { Port, ports } from "./ports/port.js";
export { network } from "./service-definition.js";

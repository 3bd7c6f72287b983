import * as v from "valibot";

/**
 * An address on a subnet, as ports and router gateways carry them. Neutron always returns
 * both members; a create or update may give either (a subnet to allocate from, or the address).
 */
export const FixedIp = v.looseObject({ subnet_id: v.optional(v.string()), ip_address: v.optional(v.string()) });

/** A static route: traffic for `destination` (a CIDR) goes through `nexthop`. Routers' extra routes. */
export const Route = v.looseObject({ destination: v.string(), nexthop: v.string() });

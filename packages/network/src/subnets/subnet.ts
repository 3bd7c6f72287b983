import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import {
  fieldSelection,
  optionalString,
  sortFilters,
  standardAttributes,
  standardFilters,
  standardReadOnly,
  tagFilters,
} from "../standard-attributes.js";

/** One range of addresses Neutron hands out, both ends included. */
const AllocationPool = v.looseObject({ start: v.string(), end: v.string() });

/** A static route pushed to the subnet's hosts by DHCP. */
const HostRoute = v.looseObject({ destination: v.string(), nexthop: v.string() });

/**
 * A Neutron subnet, fields as the Networking API reference names them. The fields of the
 * core subnet are required; those of extensions (segments, subnet pools, DNS, timestamps,
 * tags, …) are optional, since a cloud without the extension leaves them out.
 */
export const Subnet = v.looseObject({
  ...standardAttributes,
  id: v.string(),
  name: v.string(),
  network_id: v.string(),
  ip_version: v.picklist([4, 6]),
  // With a subnet pool, the create may leave it out; every subnet Neutron returns has one.
  cidr: v.string(),
  // null: a subnet without a gateway (also how a create asks for none).
  gateway_ip: v.nullable(v.string()),
  enable_dhcp: v.boolean(),
  allocation_pools: v.array(AllocationPool),
  dns_nameservers: v.array(v.string()),
  host_routes: v.array(HostRoute),
  ipv6_ra_mode: optionalString,
  ipv6_address_mode: optionalString,
  subnetpool_id: optionalString,
  // Only sent on create: ask the default pool (or this prefix length of a pool) for the CIDR.
  use_default_subnetpool: v.optional(v.boolean()),
  prefixlen: v.optional(v.number()),
  segment_id: optionalString,
  service_types: v.optional(v.array(v.string())),
  dns_publish_fixed_ip: v.optional(v.nullable(v.boolean())),
  "router:external": v.optional(v.boolean()),
});

export const subnets = defineResource({
  service: networkService,
  path: "subnets",
  singular: "Subnet",
  plural: "Subnets",
  key: "subnet",
  pluralKey: "subnets",
  schema: Subnet,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  getQuery: fieldSelection,
  query: [
    ...standardFilters,
    "network_id",
    "ip_version",
    "cidr",
    "gateway_ip",
    "enable_dhcp",
    "ipv6_address_mode",
    "ipv6_ra_mode",
    "subnetpool_id",
    "segment_id",
    "dns_publish_fixed_ip",
  ],
  // `shared`: subnets of shared networks; a subnet has no such field of its own.
  filters: { ...sortFilters, ...tagFilters, shared: v.boolean() },
  // Without a subnet pool Neutron also needs `cidr`; with one, `subnetpool_id`,
  // `use_default_subnetpool` or `prefixlen` stand in for it, so it is not required here.
  required: ["network_id", "ip_version"],
  readOnly: ["id", ...standardReadOnly, "router:external"],
  // Neutron answers 400 "Cannot update read-only attribute" for these after the create.
  createOnly: [
    "network_id",
    "ip_version",
    "cidr",
    "subnetpool_id",
    "use_default_subnetpool",
    "prefixlen",
    "ipv6_ra_mode",
    "ipv6_address_mode",
    "project_id",
  ],
});

/** A Subnet as the API returns it (its declared fields; extra fields pass through at run time). */
export type Subnet = Item<typeof subnets>;

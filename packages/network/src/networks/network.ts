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

/** A Neutron network, fields as the Networking API reference names them. */
export const Network = v.looseObject({
  ...standardAttributes,
  id: v.string(),
  name: v.string(),
  status: v.string(),
  admin_state_up: v.boolean(),
  shared: v.boolean(),
  subnets: v.array(v.string()),
  mtu: v.optional(v.number()),
  port_security_enabled: v.optional(v.boolean()),
  "router:external": v.optional(v.boolean()),
  is_default: v.optional(v.nullable(v.boolean())),
  availability_zone_hints: v.optional(v.array(v.string())),
  availability_zones: v.optional(v.array(v.string())),
  dns_domain: optionalString,
  ipv4_address_scope: optionalString,
  ipv6_address_scope: optionalString,
  l2_adjacency: v.optional(v.boolean()),
  qos_policy_id: optionalString,
  "provider:network_type": optionalString,
  "provider:physical_network": optionalString,
  "provider:segmentation_id": v.optional(v.nullable(v.number())),
  segments: v.optional(v.array(v.looseObject({}))),
  vlan_transparent: v.optional(v.nullable(v.boolean())),
});

export const networks = defineResource({
  service: networkService,
  path: "networks",
  singular: "Network",
  plural: "Networks",
  key: "network",
  pluralKey: "networks",
  schema: Network,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  getQuery: fieldSelection,
  query: [
    ...standardFilters,
    "status",
    "admin_state_up",
    "shared",
    "mtu",
    "router:external",
    "is_default",
    "provider:network_type",
    "provider:physical_network",
    "provider:segmentation_id",
  ],
  filters: { ...sortFilters, ...tagFilters },
  readOnly: ["id", ...standardReadOnly, "status", "subnets", "availability_zones", "l2_adjacency"],
  createOnly: ["project_id"],
});

/** A Network as the API returns it (its declared fields; extra fields pass through at run time). */
export type Network = Item<typeof networks>;

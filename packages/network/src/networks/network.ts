import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../service.js";

const optionalString = v.optional(v.nullable(v.string()));

/** A Neutron network, fields as the Networking API reference names them. */
export const Network = v.looseObject({
  id: v.string(),
  name: v.string(),
  status: v.string(),
  admin_state_up: v.boolean(),
  shared: v.boolean(),
  subnets: v.array(v.string()),
  project_id: v.optional(v.string()),
  tenant_id: v.optional(v.string()),
  description: optionalString,
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
  tags: v.optional(v.array(v.string())),
  revision_number: v.optional(v.number()),
  created_at: v.optional(v.string()),
  updated_at: v.optional(v.string()),
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
  query: [
    "id", "name", "description", "status", "admin_state_up", "shared", "project_id", "tenant_id", "mtu",
    "router:external", "is_default", "revision_number", "provider:network_type", "provider:physical_network",
    "provider:segmentation_id", "tags", "tags-any", "not-tags", "not-tags-any", "sort_key", "sort_dir",
  ],
  readOnly: ["id", "status", "subnets", "availability_zones", "l2_adjacency", "revision_number", "created_at", "updated_at", "tenant_id"],
  createOnly: ["project_id"],
});

/** A Network as the API returns it (its declared fields; extra fields pass through at run time). */
export type Network = Item<typeof networks>;

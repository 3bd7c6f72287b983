import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import {
  fieldSelection,
  optionalString,
  sortFilters,
  standardAttributes,
  standardReadOnly,
  tagFilters,
  unnamedFilters,
} from "../standard-attributes.js";

/** The port a floating IP is associated with, as the fip-port-details extension shows it. */
const PortDetails = v.looseObject({
  name: v.optional(v.string()),
  network_id: v.optional(v.string()),
  mac_address: v.optional(v.string()),
  admin_state_up: v.optional(v.boolean()),
  status: v.optional(v.string()),
  device_id: v.optional(v.string()),
  device_owner: v.optional(v.string()),
});

/**
 * A Neutron floating IP: an address of an external network that NATs to a port's fixed
 * address. It has no name; `findFloatingIp` takes its id or its address.
 */
export const FloatingIp = v.looseObject({
  ...standardAttributes,
  id: v.string(),
  floating_ip_address: v.string(),
  floating_network_id: v.string(),
  // Associating is an update of port_id (and fixed_ip_address when the port has several);
  // null disassociates.
  port_id: v.nullable(v.string()),
  fixed_ip_address: v.nullable(v.string()),
  router_id: v.nullable(v.string()),
  // ACTIVE, DOWN or ERROR.
  status: v.string(),
  // Create only: the external subnet to take the address from.
  subnet_id: optionalString,
  dns_name: optionalString,
  dns_domain: optionalString,
  qos_policy_id: optionalString,
  qos_network_policy_id: optionalString,
  port_details: v.optional(v.nullable(PortDetails)),
  port_forwardings: v.optional(v.array(v.looseObject({}))),
});

export const floatingIps = defineResource({
  service: networkService,
  path: "floatingips",
  singular: "FloatingIp",
  plural: "FloatingIps",
  key: "floatingip",
  pluralKey: "floatingips",
  schema: FloatingIp,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  getQuery: fieldSelection,
  nameField: "floating_ip_address",
  query: [
    ...unnamedFilters,
    "floating_ip_address",
    "floating_network_id",
    "router_id",
    "port_id",
    "fixed_ip_address",
    "status",
  ],
  filters: { ...sortFilters, ...tagFilters },
  required: ["floating_network_id"],
  readOnly: [
    "id",
    ...standardReadOnly,
    "router_id",
    "status",
    "qos_network_policy_id",
    "port_details",
    "port_forwardings",
  ],
  createOnly: ["floating_network_id", "floating_ip_address", "subnet_id", "dns_name", "dns_domain", "project_id"],
});

/** A FloatingIp as the API returns it (its declared fields; extra fields pass through at run time). */
export type FloatingIp = Item<typeof floatingIps>;

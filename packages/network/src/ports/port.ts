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

const optionalObject = v.optional(v.nullable(v.looseObject({})));

/**
 * An address of the port. Neutron always returns both members; a create or update may
 * give either one (a subnet to allocate from, or the address itself).
 */
const FixedIp = v.looseObject({ subnet_id: v.optional(v.string()), ip_address: v.optional(v.string()) });

/** Another address (and MAC) the port may send from; `mac_address` defaults to the port's. */
const AddressPair = v.looseObject({ ip_address: v.string(), mac_address: v.optional(v.string()) });

/** A DHCP option for the port; a null value in an update removes it. */
const DhcpOption = v.looseObject({
  opt_name: v.string(),
  opt_value: v.nullable(v.string()),
  ip_version: v.optional(v.picklist([4, 6])),
});

/** The DNS names Neutron gave the port's addresses. */
const DnsAssignment = v.looseObject({ hostname: v.string(), ip_address: v.string(), fqdn: v.string() });

/**
 * A Neutron port, fields as the Networking API reference names them. The fields of the
 * core port are required; those of extensions (bindings, security groups, DNS, QoS, …)
 * are optional, since a cloud without the extension leaves them out.
 */
export const Port = v.looseObject({
  ...standardAttributes,
  id: v.string(),
  name: v.string(),
  network_id: v.string(),
  admin_state_up: v.boolean(),
  // ACTIVE, DOWN, BUILD, ERROR or N/A.
  status: v.string(),
  mac_address: v.string(),
  fixed_ips: v.array(FixedIp),
  device_id: v.string(),
  device_owner: v.string(),
  security_groups: v.optional(v.array(v.string())),
  allowed_address_pairs: v.optional(v.array(AddressPair)),
  extra_dhcp_opts: v.optional(v.array(DhcpOption)),
  "binding:host_id": optionalString,
  "binding:vif_type": optionalString,
  "binding:vnic_type": optionalString,
  "binding:profile": optionalObject,
  "binding:vif_details": optionalObject,
  port_security_enabled: v.optional(v.boolean()),
  dns_name: optionalString,
  dns_assignment: v.optional(v.nullable(v.array(DnsAssignment))),
  dns_domain: optionalString,
  qos_policy_id: optionalString,
  qos_network_policy_id: optionalString,
  propagate_uplink_status: v.optional(v.boolean()),
  // Set by an admin or an SDN controller on update, never on create (Neutron refuses it there).
  data_plane_status: optionalString,
  ip_allocation: optionalString,
  numa_affinity_policy: optionalString,
  resource_request: optionalObject,
  trunk_details: optionalObject,
});

export const ports = defineResource({
  service: networkService,
  path: "ports",
  singular: "Port",
  plural: "Ports",
  key: "port",
  pluralKey: "ports",
  schema: Port,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  getQuery: fieldSelection,
  // `fixed_ips` filters take `ip_address=…`, `subnet_id=…` or `ip_address_substr=…`, once per value.
  query: [
    ...standardFilters,
    "network_id",
    "status",
    "admin_state_up",
    "mac_address",
    "fixed_ips",
    "device_id",
    "device_owner",
    "binding:host_id",
    "security_groups",
    "ip_allocation",
  ],
  filters: { ...sortFilters, ...tagFilters },
  required: ["network_id"],
  readOnly: [
    "id",
    ...standardReadOnly,
    "status",
    "binding:vif_type",
    "binding:vif_details",
    "dns_assignment",
    "qos_network_policy_id",
    "ip_allocation",
    "resource_request",
    "trunk_details",
  ],
  createOnly: ["network_id", "project_id"],
});

/** A Port as the API returns it (its declared fields; extra fields pass through at run time). */
export type Port = Item<typeof ports>;

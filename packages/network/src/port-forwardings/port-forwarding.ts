import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import { fieldSelection, optionalString, sortFilters } from "../standard-attributes.js";

const optionalPort = v.optional(v.nullable(v.number()));

/**
 * A port forwarding of a floating IP (floating-ip-port-forwarding extension): traffic to one
 * external port (or range, `"8000:8010"`) of the floating IP goes to a port's internal
 * address. It has no name; it is found by id under its floating IP.
 */
export const PortForwarding = v.looseObject({
  id: v.string(),
  protocol: v.picklist(["tcp", "udp", "icmp", "ipv6-icmp", "sctp", "dccp"]),
  internal_port_id: v.string(),
  internal_ip_address: v.string(),
  // Single ports, or (fip-pf-port-range) ranges; Neutron nulls whichever is not used.
  external_port: optionalPort,
  internal_port: optionalPort,
  external_port_range: optionalString,
  internal_port_range: optionalString,
  description: optionalString,
  project_id: v.optional(v.string()),
});

export const portForwardings = defineResource({
  service: networkService,
  path: "floatingips/{floatingip_id}/port_forwardings",
  singular: "PortForwarding",
  plural: "PortForwardings",
  key: "port_forwarding",
  pluralKey: "port_forwardings",
  schema: PortForwarding,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  getQuery: fieldSelection,
  query: ["id", "internal_port_id", "external_port", "external_port_range", "protocol", "description"],
  filters: sortFilters,
  required: ["protocol", "internal_port_id", "internal_ip_address"],
  readOnly: ["id"],
  createOnly: ["project_id"],
});

/** A PortForwarding as the API returns it (its declared fields; extra fields pass through at run time). */
export type PortForwarding = Item<typeof portForwardings>;

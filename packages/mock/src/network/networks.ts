import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { bump, conflict, neutronCollection, OWNER, standardFields, standardFilters } from "./neutron.js";

const attributes = [
  "admin_state_up",
  "shared",
  "mtu",
  "port_security_enabled",
  "router:external",
  "is_default",
  "qos_policy_id",
  "dns_domain",
];

/** Ports that only Neutron itself puts on a network (DHCP): they do not keep it in use. */
const ownedByNetwork = (port: Row) => String(port["device_owner"] ?? "").startsWith("network:dhcp");

export const networks: CollectionSpec = {
  ...neutronCollection("Network", {
    create: [
      ...attributes,
      "availability_zone_hints",
      "provider:network_type",
      "provider:physical_network",
      "provider:segmentation_id",
      "segments",
    ],
    update: attributes,
  }),
  state: "networks",
  path: "v2.0/networks",
  key: "network",
  pluralKey: "networks",
  filters: {
    ...standardFilters,
    status: "exact",
    admin_state_up: "bool",
    shared: "bool",
    mtu: "exact",
    "router:external": "bool",
    is_default: "bool",
    "provider:network_type": "exact",
    "provider:physical_network": "exact",
    "provider:segmentation_id": "exact",
  },
  // Everyone sees shared and external networks besides their own.
  access: {
    owner: OWNER,
    admin: "all",
    sharedWith: (item) => item["shared"] === true || item["router:external"] === true,
  },
  build: (input, ctx) => ({
    id: uuid(),
    name: "",
    admin_state_up: true,
    mtu: 1450,
    status: "ACTIVE",
    subnets: [],
    shared: false,
    availability_zone_hints: [],
    availability_zones: [],
    ipv4_address_scope: null,
    ipv6_address_scope: null,
    "router:external": false,
    port_security_enabled: true,
    is_default: false,
    "provider:network_type": "vxlan",
    "provider:physical_network": null,
    "provider:segmentation_id": 1 + Math.floor(Math.random() * 4000),
    ...standardFields(ctx),
    revision_number: 1,
    ...input,
  }),
  remove: (item, ctx: Ctx) => {
    const { state } = ctx.cloud;
    const using = state.ports.filter((p) => p["network_id"] === item.id && !ownedByNetwork(p));
    if (using.length > 0) {
      throw conflict(
        "NetworkInUse",
        `Unable to complete operation on network ${item.id}. There are one or more ports still in use on the network, id for these ports is: ${using.map((p) => p.id).join(",")}.`,
      );
    }
    state.ports = state.ports.filter((p) => p["network_id"] !== item.id);
    state.subnets = state.subnets.filter((s) => s["network_id"] !== item.id);
    return "now";
  },
};

/** Records a new subnet on its network, as Neutron's `subnets` list and revision show it. */
export function networkGained(ctx: Ctx, networkId: string, subnetId: string): void {
  const network = ctx.cloud.state.networks.find((n) => n.id === networkId);
  if (!network) return;
  network["subnets"] = [...(network["subnets"] ?? []), subnetId];
  bump(network, ctx);
}

import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { canSee } from "../engine/crud.js";
import { uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { formatCidr, formatIp, lastOf, overlaps, parseCidr, parseIp } from "./ip.js";
import { bump, conflict, neutronCollection, notFound, OWNER, standardFields, standardFilters } from "./neutron.js";
import { networks, networkGained } from "./networks.js";

const attributes = [
  "enable_dhcp",
  "dns_nameservers",
  "allocation_pools",
  "host_routes",
  "gateway_ip",
  "service_types",
  "dns_publish_fixed_ip",
];

/** A network the caller may use, or Neutron's 404. */
export function usableNetwork(ctx: Ctx, id: unknown): Row {
  const network = ctx.cloud.state.networks.find((n) => n.id === id);
  if (!network || !canSee(networks, network, ctx, "get")) throw notFound("Network")(String(id));
  return network;
}

/** The gateway and pool Neutron picks: the first address, and the rest up to the last but one. */
function addressing(input: Row): { cidr: string; gateway: string | null; pools: Row[] } {
  const cidr = parseCidr(String(input["cidr"] ?? ""));
  if (!cidr)
    throw new ApiError(400, `Invalid input for cidr. Reason: '${String(input["cidr"])}' is not a valid IP subnet.`, {
      type: "HTTPBadRequest",
    });
  if (cidr.version !== Number(input["ip_version"] ?? 4))
    throw new ApiError(400, "Invalid input for operation: Cidr and IP version mismatch.", { type: "InvalidInput" });
  const first = cidr.network + 1n;
  const last = cidr.version === 4 ? lastOf(cidr) - 1n : lastOf(cidr);
  const gateway = "gateway_ip" in input ? (input["gateway_ip"] as string | null) : formatIp(cidr.version, first);
  const gatewayValue = gateway === null ? undefined : parseIp(gateway)?.value;
  const start = gatewayValue === first ? first + 1n : first;
  return {
    cidr: formatCidr(cidr),
    gateway,
    pools: [{ start: formatIp(cidr.version, start), end: formatIp(cidr.version, last) }],
  };
}

export const subnets: CollectionSpec = {
  ...neutronCollection("Subnet", {
    create: [
      ...attributes,
      "network_id",
      "ip_version",
      "cidr",
      "subnetpool_id",
      "prefixlen",
      "ipv6_ra_mode",
      "ipv6_address_mode",
      "segment_id",
    ],
    update: attributes,
  }),
  state: "subnets",
  path: "v2.0/subnets",
  key: "subnet",
  pluralKey: "subnets",
  filters: {
    ...standardFilters,
    network_id: "exact",
    ip_version: "exact",
    cidr: "exact",
    gateway_ip: "exact",
    enable_dhcp: "bool",
    ipv6_address_mode: "exact",
    ipv6_ra_mode: "exact",
    subnetpool_id: "exact",
    segment_id: "exact",
  },
  // A subnet of a shared or external network is seen by all who see the network.
  access: {
    owner: OWNER,
    admin: "all",
    sharedWith: (item, ctx) => {
      const network = ctx.cloud.state.networks.find((n) => n.id === item["network_id"]);
      return network !== undefined && (network["shared"] === true || network["router:external"] === true);
    },
  },
  build: (input, ctx) => {
    const network = usableNetwork(ctx, input["network_id"]);
    const { cidr, gateway, pools } = addressing(input);
    const parsed = parseCidr(cidr)!;
    const clash = ctx.cloud.state.subnets.find(
      (s) => s["network_id"] === network.id && overlaps(parseCidr(s["cidr"])!, parsed),
    );
    if (clash)
      throw new ApiError(
        400,
        `Invalid input for operation: Requested subnet with cidr: ${cidr} for network: ${network.id} overlaps with another subnet.`,
        { type: "InvalidInput" },
      );
    return {
      id: uuid(),
      name: "",
      ip_version: parsed.version,
      subnetpool_id: null,
      enable_dhcp: true,
      ipv6_ra_mode: null,
      ipv6_address_mode: null,
      host_routes: [],
      dns_nameservers: [],
      service_types: [],
      allocation_pools: pools,
      ...standardFields(ctx),
      ...input,
      cidr,
      gateway_ip: gateway,
    };
  },
  afterCreate: (item, ctx) => networkGained(ctx, item["network_id"], item.id),
  remove: (item, ctx) => {
    const { state } = ctx.cloud;
    const inUse = state.ports.some(
      (p) =>
        (p["fixed_ips"] as Row[] | undefined)?.some((ip) => ip["subnet_id"] === item.id) &&
        !String(p["device_owner"]).startsWith("network:dhcp"),
    );
    if (inUse)
      throw conflict(
        "SubnetInUse",
        `Unable to complete operation on subnet ${item.id}: One or more ports have an IP allocation from this subnet.`,
      );
    const network = state.networks.find((n) => n.id === item["network_id"]);
    if (network) {
      network["subnets"] = (network["subnets"] as string[]).filter((id) => id !== item.id);
      bump(network, ctx);
    }
    return "now";
  },
};

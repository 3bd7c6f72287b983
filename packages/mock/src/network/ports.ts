import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { randomHex, uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { contains, formatIp, parseCidr, parseIp } from "./ip.js";
import { conflict, neutronCollection, OWNER, standardFields, standardFilters } from "./neutron.js";
import { defaultGroupOf } from "./security-groups.js";
import { usableNetwork } from "./subnets.js";

const attributes = [
  "admin_state_up",
  "fixed_ips",
  "device_id",
  "device_owner",
  "security_groups",
  "port_security_enabled",
  "allowed_address_pairs",
  "binding:host_id",
  "binding:profile",
  "binding:vnic_type",
  "dns_name",
  "extra_dhcp_opts",
  "qos_policy_id",
  "mac_address",
];

const taken = (ctx: Ctx, subnetId: string) =>
  new Set(
    ctx.cloud.state.ports.flatMap((p) =>
      (p["fixed_ips"] as Row[]).filter((ip) => ip["subnet_id"] === subnetId).map((ip) => String(ip["ip_address"])),
    ),
  );

/** The lowest free address of the subnet's allocation pools. */
function freeAddress(ctx: Ctx, subnet: Row): string {
  const used = taken(ctx, subnet.id);
  const version = subnet["ip_version"] as 4 | 6;
  for (const pool of subnet["allocation_pools"] as Row[]) {
    const end = parseIp(pool["end"])!.value;
    for (let value = parseIp(pool["start"])!.value; value <= end; value++) {
      const text = formatIp(version, value);
      if (!used.has(text) && text !== subnet["gateway_ip"]) return text;
    }
  }
  throw conflict("IpAddressGenerationFailure", `No more IP addresses available on network ${subnet["network_id"]}.`);
}

/**
 * The port's addresses: those asked for (checked to be in the subnet and free), or one
 * from the network's first IPv4 (else first) subnet, as Neutron's IPAM does.
 */
export function allocate(ctx: Ctx, networkId: string, wanted: Row[] | undefined, self?: string): Row[] {
  const subnets = ctx.cloud.state.subnets.filter((s) => s["network_id"] === networkId);
  if (wanted === undefined) {
    const subnet = subnets.find((s) => s["ip_version"] === 4) ?? subnets[0];
    return subnet ? [{ subnet_id: subnet.id, ip_address: freeAddress(ctx, subnet) }] : [];
  }
  return wanted.map((entry) => {
    const address = entry["ip_address"] as string | undefined;
    const parsed = address === undefined ? undefined : parseIp(address);
    const subnet =
      entry["subnet_id"] !== undefined
        ? subnets.find((s) => s.id === entry["subnet_id"])
        : subnets.find((s) => parsed && contains(parseCidr(s["cidr"])!, parsed.version, parsed.value));
    if (!subnet)
      throw new ApiError(
        400,
        `Invalid input for operation: IP address ${address ?? ""} is not a valid IP for the specified subnet.`,
        { type: "InvalidInput" },
      );
    if (address === undefined) return { subnet_id: subnet.id, ip_address: freeAddress(ctx, subnet) };
    if (!parsed || !contains(parseCidr(subnet["cidr"])!, parsed.version, parsed.value)) {
      throw new ApiError(
        400,
        `Invalid input for operation: IP address ${address} is not a valid IP for the specified subnet.`,
        { type: "InvalidInput" },
      );
    }
    const holder = ctx.cloud.state.ports.find(
      (p) =>
        p.id !== self &&
        (p["fixed_ips"] as Row[]).some((ip) => ip["subnet_id"] === subnet.id && ip["ip_address"] === address),
    );
    if (holder)
      throw conflict("IpAddressAlreadyAllocated", `IP address ${address} already allocated in subnet ${subnet.id}`);
    return { subnet_id: subnet.id, ip_address: address };
  });
}

/** `fixed_ips=ip_address=10.0.0.5` or `fixed_ips=subnet_id=…`, as Neutron filters them. */
function fixedIpFilter(item: Row, values: readonly string[]): boolean {
  return values.every((value) => {
    const [field, wanted] = value.split("=");
    return (item["fixed_ips"] as Row[]).some((ip) =>
      field === "ip_address_substr"
        ? String(ip["ip_address"]).includes(wanted ?? "")
        : String(ip[field ?? ""]) === wanted,
    );
  });
}

export const ports: CollectionSpec = {
  ...neutronCollection("Port", { create: [...attributes, "network_id"], update: attributes }),
  state: "ports",
  path: "v2.0/ports",
  key: "port",
  pluralKey: "ports",
  filters: {
    ...standardFilters,
    network_id: "exact",
    status: "exact",
    admin_state_up: "bool",
    mac_address: "exact",
    device_id: "exact",
    device_owner: "exact",
    "binding:host_id": "exact",
    fixed_ips: fixedIpFilter,
    security_groups: (item, values) => values.every((v) => (item["security_groups"] as string[]).includes(v)),
  },
  access: { owner: OWNER, admin: "all" },
  build: (input, ctx) => {
    const network = usableNetwork(ctx, input["network_id"]);
    const security = input["port_security_enabled"] ?? network["port_security_enabled"] ?? true;
    const group =
      security && input["security_groups"] === undefined ? defaultGroupOf(ctx, input["project_id"]) : undefined;
    const mac = `fa:16:3e:${randomHex(3).match(/../g)!.join(":")}`;
    return {
      id: uuid(),
      name: "",
      network_id: network.id,
      mac_address: mac,
      admin_state_up: true,
      // No agent binds ports on a fake cloud, as on the loopback one: they stay DOWN.
      status: "DOWN",
      device_id: "",
      device_owner: "",
      port_security_enabled: security,
      security_groups: group ? [group.id] : [],
      "binding:vnic_type": "normal",
      "binding:profile": {},
      "binding:host_id": "",
      "binding:vif_type": "unbound",
      "binding:vif_details": {},
      allowed_address_pairs: [],
      extra_dhcp_opts: [],
      ...standardFields(ctx),
      revision_number: 1,
      ...input,
      fixed_ips: allocate(ctx, network.id, input["fixed_ips"] as Row[] | undefined),
    };
  },
  change: (item, input, ctx) => {
    const { fixed_ips, ...rest } = input;
    if (fixed_ips !== undefined) item["fixed_ips"] = allocate(ctx, item["network_id"], fixed_ips as Row[], item.id);
    Object.assign(item, rest);
  },
  remove: (item) => {
    if (item["device_owner"] === "network:router_interface" || item["device_owner"] === "network:router_gateway") {
      throw conflict(
        "L3PortInUse",
        `Port ${item.id} cannot be deleted directly via the port API: has device owner ${item["device_owner"]}.`,
      );
    }
    return "now";
  },
};

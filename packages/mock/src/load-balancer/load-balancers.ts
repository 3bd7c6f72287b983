import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { allocate } from "../network/ports.js";
import {
  activate,
  idRefs,
  invalid,
  notFound,
  octaviaTime,
  treeDefaults,
  treeFilters,
  unknownAttribute,
  withTenant,
} from "./octavia.js";
import { refuseUnknownFilters } from "./filtering.js";

const FIELDS = ["name", "description", "admin_state_up", "project_id", "tags"];
const VIP = ["vip_subnet_id", "vip_network_id", "vip_port_id", "vip_address", "vip_qos_policy_id"];

/** The VIP's subnet, network and address: from the subnet given, or the network's first subnet. */
function vipOf(input: Row, ctx: Ctx): Row {
  const { subnets, networks } = ctx.cloud.state;
  const subnetId = input["vip_subnet_id"];
  if (subnetId === undefined && input["vip_network_id"] === undefined && input["vip_port_id"] === undefined)
    throw invalid("VIP must contain one of: vip_port_id, vip_network_id, vip_subnet_id.");
  if (input["vip_port_id"] !== undefined && subnetId === undefined && input["vip_network_id"] === undefined) {
    const port = ctx.cloud.state.ports.find((p) => p.id === input["vip_port_id"]);
    if (!port) throw new ApiError(400, `Port ${String(input["vip_port_id"])} not found.`);
    const ip = (port["fixed_ips"] as Row[])[0];
    return {
      vip_port_id: port.id,
      vip_network_id: port["network_id"],
      vip_subnet_id: ip?.["subnet_id"] ?? null,
      vip_address: ip?.["ip_address"] ?? null,
    };
  }
  const subnet =
    subnetId !== undefined
      ? subnets.find((s) => s.id === subnetId)
      : subnets.find((s) => s["network_id"] === input["vip_network_id"] && s["ip_version"] === 4);
  if (subnetId !== undefined && !subnet) throw new ApiError(400, `Subnet ${String(subnetId)} not found.`);
  if (!subnet) {
    if (!networks.some((n) => n.id === input["vip_network_id"]))
      throw new ApiError(400, `Network ${String(input["vip_network_id"])} not found.`);
    throw invalid(`Supplied network does not contain a subnet.`);
  }
  if (input["vip_network_id"] !== undefined && subnet["network_id"] !== input["vip_network_id"])
    throw invalid(`vip_subnet_id ${subnet.id} is not on vip_network_id ${String(input["vip_network_id"])}.`);
  const wanted =
    input["vip_address"] === undefined
      ? { subnet_id: subnet.id }
      : { subnet_id: subnet.id, ip_address: input["vip_address"] };
  const [address] = allocate(ctx, String(subnet["network_id"]), [wanted]);
  return {
    vip_port_id: uuid(),
    vip_network_id: subnet["network_id"],
    vip_subnet_id: subnet.id,
    vip_address: address!["ip_address"],
  };
}

/** The children a load balancer's view names and a cascade delete takes with it. */
export function childrenOf(ctx: Ctx, lbId: string): { listeners: Row[]; pools: Row[] } {
  const { lbListeners, lbPools } = ctx.cloud.state;
  return {
    listeners: lbListeners.filter((l) => l["loadbalancer_id"] === lbId),
    pools: lbPools.filter((p) => p["loadbalancer_id"] === lbId),
  };
}

/** Takes a load balancer's whole tree out of the state: what the worker's cascade delete does. */
function dropTree(ctx: Ctx, lbId: string): void {
  const { state } = ctx.cloud;
  const pools = new Set(state.lbPools.filter((p) => p["loadbalancer_id"] === lbId).map((p) => p.id));
  state.lbMembers = state.lbMembers.filter((m) => !pools.has(m["pool_id"]));
  state.lbPools = state.lbPools.filter((p) => p["loadbalancer_id"] !== lbId);
  state.lbListeners = state.lbListeners.filter((l) => l["loadbalancer_id"] !== lbId);
}

/**
 * Octavia's load balancers: PENDING_CREATE on create and ACTIVE after the cloud's delay;
 * an update goes PENDING_UPDATE, a delete PENDING_DELETE then gone. A change while the load
 * balancer is PENDING_* is refused with 409. A delete of one with listeners or pools needs
 * `?cascade=true`. The VIP address comes from the fake's own Neutron subnet.
 */
export const loadBalancers: CollectionSpec = {
  state: "loadBalancers",
  path: "v2/lbaas/loadbalancers",
  key: "loadbalancer",
  pluralKey: "loadbalancers",
  verbs: ["list", "get", "create", "update", "delete"],
  paging: "octavia",
  unknownFilters: "ignore",
  filters: treeFilters(...VIP, "vip_port_id", "provider", "flavor_id", "availability_zone"),
  beforeList: (ctx) => refuseUnknownFilters(loadBalancers, ctx),
  access: { owner: ["project_id"], admin: "all" },
  updateMethod: "PUT",
  notFound: notFound("Load Balancer"),
  creatable: [...FIELDS, ...VIP, "vip_vnic_type", "provider", "flavor_id", "availability_zone", "additional_vips"],
  updatable: ["name", "description", "admin_state_up", "tags", "vip_qos_policy_id"],
  unknownField: (names) => unknownAttribute("load_balancer.loadbalancer")(names),
  build: (input, ctx) => {
    if (input["provider"] !== undefined && input["provider"] !== "amphora" && input["provider"] !== "octavia")
      throw new ApiError(400, `Provider '${String(input["provider"])}' is not enabled.`);
    return {
      id: uuid(),
      ...treeDefaults(input, ctx),
      ...vipOf(input, ctx),
      vip_qos_policy_id: input["vip_qos_policy_id"] ?? null,
      vip_vnic_type: "normal",
      additional_vips: input["additional_vips"] ?? [],
      provider: "amphora",
      flavor_id: input["flavor_id"] ?? null,
      availability_zone: input["availability_zone"] ?? null,
    };
  },
  afterCreate: (lb, ctx) => ctx.cloud.later(() => activate(ctx, lb)),
  change: (lb, input, ctx) => {
    const status = lb["provisioning_status"];
    if (status !== "ACTIVE")
      throw new ApiError(409, `Invalid state ${String(status)} of loadbalancer resource ${lb.id}`);
    Object.assign(lb, input, { provisioning_status: "PENDING_UPDATE", updated_at: octaviaTime(ctx.cloud.now()) });
    ctx.cloud.later(() => activate(ctx, lb));
  },
  view: (lb, ctx) => {
    const { listeners, pools } = childrenOf(ctx, lb.id);
    return withTenant({ ...lb, listeners: idRefs(listeners), pools: idRefs(pools) });
  },
  remove: (lb, ctx) => {
    const status = lb["provisioning_status"];
    if (status !== "ACTIVE" && status !== "ERROR")
      throw new ApiError(409, `Invalid state ${String(status)} of loadbalancer resource ${lb.id}`);
    const { listeners, pools } = childrenOf(ctx, lb.id);
    const cascade = ["true", "1"].includes(String(ctx.query.get("cascade")).toLowerCase());
    if (!cascade && listeners.length + pools.length > 0)
      throw invalid(`Cannot delete Load Balancer ${lb.id} - it has children`);
    Object.assign(lb, { provisioning_status: "PENDING_DELETE", updated_at: octaviaTime(ctx.cloud.now()) });
    for (const child of [...listeners, ...pools]) child["provisioning_status"] = "PENDING_DELETE";
    ctx.cloud.later(() => dropTree(ctx, lb.id));
    return "later";
  },
};

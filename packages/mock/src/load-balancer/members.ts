import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { parseIp } from "../network/ip.js";
import { refuseUnknownFilters } from "./filtering.js";
import {
  activate,
  loadBalancerOf,
  lockForChange,
  notFound,
  treeDefaults,
  treeFilters,
  unknownAttribute,
  withTenant,
} from "./octavia.js";

const CHANGEABLE = ["name", "admin_state_up", "tags", "weight", "backup", "monitor_address", "monitor_port"];

/** The pool of the URL (`pools/:pool_id/members`), which the caller must see. */
function poolOf(ctx: Ctx): Row {
  const id = ctx.params["pool_id"];
  const pool = ctx.cloud.state.lbPools.find((p) => p.id === id);
  if (!pool || (!ctx.auth?.isAdmin && pool["project_id"] !== ctx.auth?.projectId)) throw notFound("Pool")(String(id));
  return pool;
}

/**
 * A pool's members (`v2/lbaas/pools/:pool_id/members`). Without a health monitor their
 * operating status is NO_MONITOR, as Octavia says; changes lock the pool's load balancer.
 */
export const members: CollectionSpec = {
  state: "lbMembers",
  path: "v2/lbaas/pools/:pool_id/members",
  parent: { param: "pool_id", field: "pool_id" },
  key: "member",
  pluralKey: "members",
  verbs: ["list", "get", "create", "update", "delete"],
  paging: "octavia",
  unknownFilters: "ignore",
  filters: treeFilters("address", "protocol_port", "weight", "backup", "subnet_id", "monitor_address", "monitor_port"),
  beforeList: (ctx) => {
    poolOf(ctx);
    refuseUnknownFilters(members, ctx);
  },
  access: { owner: ["project_id"], admin: "all" },
  updateMethod: "PUT",
  notFound: notFound("Member"),
  creatable: ["address", "protocol_port", "subnet_id", "project_id", ...CHANGEABLE],
  updatable: CHANGEABLE,
  unknownField: (names) => unknownAttribute("member_.member")(names),
  build: (input, ctx) => {
    const pool = poolOf(ctx);
    const lb = loadBalancerOf(ctx, pool["loadbalancer_id"]);
    const { address, protocol_port: port } = input;
    if (typeof address !== "string" || !parseIp(address))
      throw new ApiError(400, `Invalid input for field/attribute address. Value: '${String(address)}'.`);
    if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535)
      throw new ApiError(400, `Invalid input for field/attribute protocol_port. Value: '${String(port)}'.`);
    const taken = ctx.cloud.state.lbMembers.some(
      (m) => m["pool_id"] === pool.id && m["address"] === address && m["protocol_port"] === port,
    );
    if (taken)
      throw new ApiError(409, `Another member on this pool is already using ip ${address} on protocol_port ${port}`);
    const member: Row = {
      id: uuid(),
      ...treeDefaults(input, ctx),
      operating_status: "NO_MONITOR",
      address,
      protocol_port: port,
      weight: input["weight"] ?? 1,
      backup: input["backup"] ?? false,
      subnet_id: input["subnet_id"] ?? null,
      monitor_address: input["monitor_address"] ?? null,
      monitor_port: input["monitor_port"] ?? null,
      pool_id: pool.id,
    };
    lockForChange(ctx, lb, () => activate(ctx, member, "NO_MONITOR"));
    return member;
  },
  change: (member, input, ctx) => {
    const lb = loadBalancerOf(ctx, poolOf(ctx)["loadbalancer_id"]);
    lockForChange(ctx, lb, () => activate(ctx, member, String(member["operating_status"])));
    Object.assign(member, input, { provisioning_status: "PENDING_UPDATE" });
  },
  view: (member) => {
    const { pool_id: _pool, description: _none, ...shown } = member;
    return withTenant(shown);
  },
  remove: (member, ctx) => {
    lockForChange(ctx, loadBalancerOf(ctx, poolOf(ctx)["loadbalancer_id"]), () => undefined);
    member["provisioning_status"] = "PENDING_DELETE";
    return "later";
  },
};

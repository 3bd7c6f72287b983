import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { canSee } from "../engine/crud.js";
import { uuid } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { formatCidr, parseCidr } from "./ip.js";
import { conflict, neutronCollection, notFound, OWNER, standardFields, standardFilters } from "./neutron.js";

function rule(ctx: Ctx, group: Row, fields: Row): Row {
  return {
    id: uuid(),
    project_id: group["project_id"],
    tenant_id: group["project_id"],
    security_group_id: group.id,
    ethertype: "IPv4",
    protocol: null,
    port_range_min: null,
    port_range_max: null,
    remote_ip_prefix: null,
    remote_address_group_id: null,
    normalized_cidr: null,
    remote_group_id: null,
    ...standardFields(ctx),
    description: null,
    ...fields,
  };
}

/** New groups may send anything out, over IPv4 and IPv6. */
const egress = (ctx: Ctx, group: Row) => [
  rule(ctx, group, { direction: "egress", ethertype: "IPv4" }),
  rule(ctx, group, { direction: "egress", ethertype: "IPv6" }),
];

/**
 * The project's `default` group, made on first need as Neutron does (when the project
 * lists groups or makes a port): members may reach each other, and anything may go out.
 */
export function defaultGroupOf(ctx: Ctx, projectId: string | undefined): Row | undefined {
  if (projectId === undefined) return undefined;
  const { state } = ctx.cloud;
  const existing = state.securityGroups.find((g) => g["project_id"] === projectId && g["name"] === "default");
  if (existing) return existing;
  const group: Row = {
    id: uuid(),
    name: "default",
    stateful: true,
    project_id: projectId,
    tenant_id: projectId,
    shared: false,
    ...standardFields(ctx),
    description: "Default security group",
    revision_number: 1,
  };
  state.securityGroups.push(group);
  state.securityGroupRules.push(
    rule(ctx, group, { direction: "ingress", ethertype: "IPv4", remote_group_id: group.id }),
    rule(ctx, group, { direction: "ingress", ethertype: "IPv6", remote_group_id: group.id }),
    ...egress(ctx, group),
  );
  return group;
}

export const securityGroups: CollectionSpec = {
  ...neutronCollection("Security group", { create: ["stateful"], update: ["stateful"] }),
  state: "securityGroups",
  path: "v2.0/security-groups",
  key: "security_group",
  pluralKey: "security_groups",
  filters: { ...standardFilters, shared: "bool", stateful: "bool" },
  access: { owner: OWNER, admin: "all" },
  beforeList: (ctx) => void defaultGroupOf(ctx, ctx.auth?.projectId),
  notFound: (id) => new ApiError(404, `Security group ${id} does not exist`, { type: "SecurityGroupNotFound" }),
  build: (input, ctx) => ({
    id: uuid(),
    name: "",
    stateful: true,
    shared: false,
    ...standardFields(ctx),
    revision_number: 1,
    ...input,
  }),
  afterCreate: (item, ctx) => void ctx.cloud.state.securityGroupRules.push(...egress(ctx, item)),
  // A group shows its rules as they are now.
  view: (item, ctx) => ({
    ...item,
    security_group_rules: ctx.cloud.state.securityGroupRules.filter((r) => r["security_group_id"] === item.id),
  }),
  remove: (item, ctx) => {
    const { state } = ctx.cloud;
    if (state.ports.some((p) => (p["security_groups"] as string[] | undefined)?.includes(item.id))) {
      throw conflict("SecurityGroupInUse", `Security Group ${item.id} in use.`);
    }
    state.securityGroupRules = state.securityGroupRules.filter((r) => r["security_group_id"] !== item.id);
    return "now";
  },
};

const DIRECTIONS = ["ingress", "egress"];

export const securityGroupRules: CollectionSpec = {
  ...neutronCollection("Security group rule", {
    create: [
      "security_group_id",
      "direction",
      "ethertype",
      "protocol",
      "port_range_min",
      "port_range_max",
      "remote_ip_prefix",
      "remote_group_id",
      "remote_address_group_id",
    ],
    update: [],
  }),
  verbs: ["list", "get", "create", "delete"],
  state: "securityGroupRules",
  path: "v2.0/security-group-rules",
  key: "security_group_rule",
  pluralKey: "security_group_rules",
  filters: {
    ...standardFilters,
    security_group_id: "exact",
    direction: "exact",
    ethertype: "exact",
    protocol: "exact",
    port_range_min: "exact",
    port_range_max: "exact",
    remote_ip_prefix: "exact",
    remote_group_id: "exact",
    normalized_cidr: "exact",
  },
  access: { owner: OWNER, admin: "all" },
  notFound: (id) =>
    new ApiError(404, `Security group rule ${id} does not exist`, { type: "SecurityGroupRuleNotFound" }),
  build: (input, ctx) => {
    const group = ctx.cloud.state.securityGroups.find((g) => g.id === input["security_group_id"]);
    if (!group || !canSee(securityGroups, group, ctx, "get"))
      throw notFound("Security group")(String(input["security_group_id"]));
    if (!DIRECTIONS.includes(String(input["direction"]))) {
      throw new ApiError(
        400,
        `Invalid input for direction. Reason: ${String(input["direction"])} is not in valid_values.`,
        { type: "HTTPBadRequest" },
      );
    }
    const prefix = input["remote_ip_prefix"] ? parseCidr(String(input["remote_ip_prefix"])) : undefined;
    const made = rule(ctx, group, {
      ...input,
      description: input["description"] ?? "",
      normalized_cidr: prefix ? formatCidr(prefix) : null,
    });
    const same = ctx.cloud.state.securityGroupRules.find((r) =>
      [
        "security_group_id",
        "direction",
        "ethertype",
        "protocol",
        "port_range_min",
        "port_range_max",
        "remote_ip_prefix",
        "remote_group_id",
      ].every((f) => (r[f] ?? null) === (made[f] ?? null)),
    );
    if (same) throw conflict("SecurityGroupRuleExists", `Security group rule already exists. Rule id is ${same.id}.`);
    return made;
  },
};

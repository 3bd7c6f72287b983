import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import { authOf, type Ctx, type Route, type Row } from "../engine/types.js";
import {
  applyPatch,
  CONDUCTOR,
  findNode,
  ironicLinks,
  ironicPage,
  ironicTime,
  refuseUnknownQuery,
  v1Of,
} from "./ironic.js";

/** The one hardware type the fake conductor serves, and the interfaces it gives a node by default. */
export const FAKE_HARDWARE = "fake-hardware";
export const DEFAULT_INTERFACES: Readonly<Record<string, string>> = {
  bios_interface: "fake",
  boot_interface: "fake",
  console_interface: "fake",
  deploy_interface: "fake",
  inspect_interface: "fake",
  management_interface: "fake",
  network_interface: "noop",
  power_interface: "fake",
  raid_interface: "fake",
  rescue_interface: "fake",
  storage_interface: "noop",
  vendor_interface: "fake",
};

/** What a PATCH may change, as Ironic 1.82 lists it when it refuses another path. */
const UPDATABLE = [
  "automated_clean",
  ...["bios_interface", "boot_interface", "chassis_uuid", "conductor_group", "console_interface", "deploy_interface"],
  ...["description", "driver", "driver_info", "extra", "inspect_interface", "instance_info", "instance_uuid"],
  ...["lessee", "maintenance", "management_interface", "name", "network_data", "network_interface", "owner"],
  ...["power_interface", "properties", "protected", "protected_reason", "raid_interface", "rescue_interface"],
  ...["resource_class", "retired", "retired_reason", "shard", "storage_interface", "vendor_interface"],
];
/** What a create may give: the updatable fields and the uuid. */
const CREATABLE = [...UPDATABLE, "uuid"];

/** The provision states a node may be deleted in (or any, in maintenance). */
const DELETABLE = ["manageable", "enroll", "adopt failed", "available"];

/** The short list's fields, as `fields` in its `next` link names them. */
const SUMMARY = ["instance_uuid", "maintenance", "power_state", "provision_state", "uuid", "name"];

const FILTERS = [
  ...["instance_uuid", "maintenance", "associated", "provision_state", "driver", "resource_class"],
  ...["conductor_group", "fault", "owner", "lessee", "description_contains", "conductor", "retired"],
  ...["chassis_uuid", "shard"],
];

/** A node's detailed view, in Ironic's field order, with its links and its sub-resources' links. */
export function nodeView(ctx: Ctx, node: Row): Row {
  const path = `nodes/${node["uuid"]}`;
  const { uuid: id, created_at, updated_at, ...fields } = node;
  return {
    uuid: id,
    created_at,
    updated_at,
    ...fields,
    links: ironicLinks(ctx, path),
    ports: ironicLinks(ctx, `${path}/ports`),
    states: ironicLinks(ctx, `${path}/states`),
    portgroups: ironicLinks(ctx, `${path}/portgroups`),
    volume: ironicLinks(ctx, `${path}/volume`),
  };
}

const summaryOf = (ctx: Ctx, node: Row): Row => ({
  uuid: node["uuid"],
  instance_uuid: node["instance_uuid"],
  maintenance: node["maintenance"],
  power_state: node["power_state"],
  provision_state: node["provision_state"],
  name: node["name"],
  links: ironicLinks(ctx, `nodes/${node["uuid"]}`),
});

function passes(node: Row, query: URLSearchParams): boolean {
  for (const [name, value] of query) {
    if (!FILTERS.includes(name)) continue;
    if (name === "maintenance" || name === "retired") {
      if (node[name] !== ["true", "1", "yes", "on"].includes(value.toLowerCase())) return false;
    } else if (name === "associated") {
      if ((node["instance_uuid"] !== null) !== (value.toLowerCase() === "true")) return false;
    } else if (name === "description_contains") {
      if (!String(node["description"] ?? "").includes(value)) return false;
    } else if (String(node[name] ?? "") !== value) return false;
  }
  return true;
}

function uniqueName(ctx: Ctx, node: Row): void {
  const name = node["name"];
  if (name !== null && ctx.cloud.state.ironicNodes.some((n) => n["uuid"] !== node["uuid"] && n["name"] === name))
    fail(409, `A node with name ${name} already exists.`);
}

function newNode(ctx: Ctx, input: Row): Row {
  const unknown = Object.keys(input).filter((name) => !CREATABLE.includes(name));
  if (unknown.length)
    fail(400, `Schema error for node: Additional properties are not allowed ('${unknown[0]}' was unexpected)`);
  if (typeof input["driver"] !== "string") fail(400, "Schema error for node: 'driver' is a required property");
  if (input["driver"] !== FAKE_HARDWARE)
    fail(
      400,
      `No valid host was found. Reason: No conductor service registered which supports driver ${input["driver"]} for conductor group "".`,
    );
  const now = ironicTime(ctx.cloud.now());
  const interfaces = Object.fromEntries(Object.entries(DEFAULT_INTERFACES).map(([k, v]) => [k, input[k] ?? v]));
  const node: Row = {
    uuid: input["uuid"] ?? uuid(),
    created_at: now,
    updated_at: null,
    automated_clean: input["automated_clean"] ?? null,
    boot_mode: null,
    clean_step: {},
    conductor_group: input["conductor_group"] ?? "",
    console_enabled: false,
    deploy_step: {},
    description: input["description"] ?? null,
    driver: input["driver"],
    driver_info: input["driver_info"] ?? {},
    driver_internal_info: {},
    extra: input["extra"] ?? {},
    fault: null,
    inspection_finished_at: null,
    inspection_started_at: null,
    instance_info: input["instance_info"] ?? {},
    instance_uuid: input["instance_uuid"] ?? null,
    last_error: null,
    lessee: input["lessee"] ?? null,
    maintenance: false,
    maintenance_reason: null,
    name: input["name"] ?? null,
    network_data: input["network_data"] ?? {},
    owner: input["owner"] ?? authOf(ctx).projectId ?? null,
    power_state: null,
    properties: input["properties"] ?? {},
    protected: false,
    protected_reason: null,
    provision_state: "enroll",
    provision_updated_at: null,
    raid_config: {},
    reservation: null,
    resource_class: input["resource_class"] ?? null,
    retired: false,
    retired_reason: null,
    secure_boot: null,
    shard: input["shard"] ?? null,
    target_power_state: null,
    target_provision_state: null,
    target_raid_config: {},
    traits: [],
    ...interfaces,
    conductor: CONDUCTOR,
    allocation_uuid: null,
    chassis_uuid: input["chassis_uuid"] ?? null,
  };
  uniqueName(ctx, node);
  return node;
}

/** Ironic's nodes: made in `enroll`, read by uuid or name, listed short or detailed, patched, deleted. */
export function nodeRoutes(): Route[] {
  const list = (detail: boolean) => (ctx: Ctx) => {
    refuseUnknownQuery(ctx, ["limit", "marker", "sort_key", "sort_dir", "fields", ...FILTERS]);
    const nodes = ctx.cloud.state.ironicNodes.filter((node) => passes(node, ctx.query));
    const page = ironicPage(ctx, nodes, {
      path: detail ? "nodes/detail" : "nodes",
      what: "Node",
      ...(!detail && { fields: SUMMARY.join(",") }),
    });
    const shown = page.items.map((node) => (detail ? nodeView(ctx, node) : summaryOf(ctx, node)));
    return json({ nodes: shown, ...(page.next && { next: page.next }) });
  };
  return [
    { method: "GET", path: "v1/nodes", handle: list(false) },
    { method: "GET", path: "v1/nodes/detail", handle: list(true) },
    {
      method: "POST",
      path: "v1/nodes",
      handle: async (ctx) => {
        const node = newNode(ctx, await ctx.body());
        ctx.cloud.state.ironicNodes.push(node);
        return json(nodeView(ctx, node), 201, { Location: `${v1Of(ctx)}/nodes/${node["uuid"]}` });
      },
    },
    { method: "GET", path: "v1/nodes/:node", handle: (ctx) => json(nodeView(ctx, findNode(ctx, ctx.params["node"]!))) },
    {
      method: "PATCH",
      path: "v1/nodes/:node",
      handle: async (ctx) => {
        const node = findNode(ctx, ctx.params["node"]!);
        const patched = applyPatch(node, await ctx.body(), UPDATABLE);
        uniqueName(ctx, patched);
        Object.assign(node, patched, { updated_at: ironicTime(ctx.cloud.now()) });
        return json(nodeView(ctx, node));
      },
    },
    {
      method: "DELETE",
      path: "v1/nodes/:node",
      handle: (ctx) => {
        const node = findNode(ctx, ctx.params["node"]!);
        const state = node["provision_state"];
        if (!node["maintenance"] && !DELETABLE.includes(state)) {
          const valid = `(${DELETABLE.map((s) => `'${s}'`).join(", ")})`;
          fail(
            409,
            `Can not delete node "${node["uuid"]}" while it is in provision state "${state}". Valid provision states to perform deletion are: "${valid}", or set the node into maintenance mode`,
          );
        }
        const { state: cloud } = ctx.cloud;
        cloud.ironicNodes = cloud.ironicNodes.filter((n) => n !== node);
        cloud.ironicPorts = cloud.ironicPorts.filter((p) => p["node_uuid"] !== node["uuid"]);
        return empty(204);
      },
    },
  ];
}

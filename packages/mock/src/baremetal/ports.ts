import { fail } from "../engine/api-error.js";
import { uuid } from "../engine/ids.js";
import { empty, json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import {
  applyPatch,
  findNode,
  ironicLinks,
  ironicPage,
  ironicTime,
  isUuid,
  refuseUnknownQuery,
  v1Of,
} from "./ironic.js";

const MAC = /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/i;
const UPDATABLE = [
  "address",
  "node_uuid",
  "portgroup_uuid",
  "extra",
  "local_link_connection",
  "physical_network",
  "pxe_enabled",
  "is_smartnic",
];

const portView = (ctx: Ctx, port: Row): Row => ({
  ...port,
  links: ironicLinks(ctx, `ports/${port["uuid"]}`),
});

function findPort(ctx: Ctx): Row {
  const id = ctx.params["port"]!;
  return ctx.cloud.state.ironicPorts.find((p) => p["uuid"] === id) ?? fail(404, `Port ${id} could not be found.`);
}

/** A node named by a port's `node_uuid`: Ironic answers 400 (not 404) when there is none. */
function nodeOf(ctx: Ctx, ident: unknown): Row {
  const node = ctx.cloud.state.ironicNodes.find((n) => n["uuid"] === ident);
  return node ?? fail(400, `Node ${String(ident)} could not be found.`);
}

/** Checks an address and that no other port has it; Ironic keeps MACs lower-case. */
function checkAddress(ctx: Ctx, port: Row): void {
  const address = port["address"];
  if (typeof address !== "string" || !MAC.test(address))
    fail(400, `Expected valid MAC address for address: ${String(address)}`);
  port["address"] = address.toLowerCase().replace(/-/g, ":");
  if (
    ctx.cloud.state.ironicPorts.some(
      (p) => p !== port && p["uuid"] !== port["uuid"] && p["address"] === port["address"],
    )
  )
    fail(409, `A port with MAC address ${port["address"]} already exists.`);
}

/** Ironic's ports: one MAC of a node each, listed by node (uuid or name) or address, patched, deleted. */
export function portRoutes(): Route[] {
  const list = (detail: boolean) => (ctx: Ctx) => {
    refuseUnknownQuery(ctx, [
      "limit",
      "marker",
      "sort_key",
      "sort_dir",
      "fields",
      "node",
      "node_uuid",
      "address",
      "portgroup",
      "shard",
    ]);
    const nodeIdent = ctx.query.get("node") ?? ctx.query.get("node_uuid");
    const node = nodeIdent === null ? undefined : findNode(ctx, nodeIdent);
    const address = ctx.query.get("address")?.toLowerCase();
    const ports = ctx.cloud.state.ironicPorts.filter(
      (p) => (!node || p["node_uuid"] === node["uuid"]) && (address === undefined || p["address"] === address),
    );
    const page = ironicPage(ctx, ports, {
      path: detail ? "ports/detail" : "ports",
      what: "Port",
      ...(!detail && { fields: "uuid,address" }),
    });
    const shown = page.items.map((p) =>
      detail
        ? portView(ctx, p)
        : { uuid: p["uuid"], address: p["address"], links: ironicLinks(ctx, `ports/${p["uuid"]}`) },
    );
    return json({ ports: shown, ...(page.next && { next: page.next }) });
  };
  return [
    { method: "GET", path: "v1/ports", handle: list(false) },
    { method: "GET", path: "v1/ports/detail", handle: list(true) },
    {
      method: "POST",
      path: "v1/ports",
      handle: async (ctx) => {
        const input = await ctx.body();
        const unknown = Object.keys(input).filter((name) => ![...UPDATABLE, "uuid"].includes(name));
        if (unknown.length)
          fail(400, `Schema error for port: Additional properties are not allowed ('${unknown[0]}' was unexpected)`);
        if (input["node_uuid"] === undefined) fail(400, "Schema error for port: 'node_uuid' is a required property");
        if (input["uuid"] !== undefined && !isUuid(String(input["uuid"])))
          fail(400, `Expected a UUID but received ${input["uuid"]}.`);
        nodeOf(ctx, input["node_uuid"]);
        const port: Row = {
          uuid: input["uuid"] ?? uuid(),
          created_at: ironicTime(ctx.cloud.now()),
          updated_at: null,
          address: input["address"],
          extra: input["extra"] ?? {},
          internal_info: {},
          is_smartnic: input["is_smartnic"] ?? false,
          local_link_connection: input["local_link_connection"] ?? {},
          physical_network: input["physical_network"] ?? null,
          pxe_enabled: input["pxe_enabled"] ?? true,
          node_uuid: input["node_uuid"],
          portgroup_uuid: input["portgroup_uuid"] ?? null,
        };
        checkAddress(ctx, port);
        ctx.cloud.state.ironicPorts.push(port);
        return json(portView(ctx, port), 201, { Location: `${v1Of(ctx)}/ports/${port["uuid"]}` });
      },
    },
    { method: "GET", path: "v1/ports/:port", handle: (ctx) => json(portView(ctx, findPort(ctx))) },
    {
      method: "PATCH",
      path: "v1/ports/:port",
      handle: async (ctx) => {
        const port = findPort(ctx);
        const patched = applyPatch(port, await ctx.body(), UPDATABLE);
        nodeOf(ctx, patched["node_uuid"]);
        checkAddress(ctx, patched);
        Object.assign(port, patched, { updated_at: ironicTime(ctx.cloud.now()) });
        return json(portView(ctx, port));
      },
    },
    {
      method: "DELETE",
      path: "v1/ports/:port",
      handle: (ctx) => {
        const port = findPort(ctx);
        const { state } = ctx.cloud;
        state.ironicPorts = state.ironicPorts.filter((p) => p !== port);
        return empty(204);
      },
    },
  ];
}

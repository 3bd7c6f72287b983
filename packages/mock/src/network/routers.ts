import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { findItem } from "../engine/crud.js";
import { randomHex, uuid } from "../engine/ids.js";
import { json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { conflict, neutronCollection, notFound, OWNER, standardFields, standardFilters, bump } from "./neutron.js";
import { allocate } from "./ports.js";
import { usableNetwork } from "./subnets.js";

/** A port Neutron makes for a router (its gateway, an interface). */
function routerPort(ctx: Ctx, router: Row, networkId: string, owner: string, fixedIps: Row[]): Row {
  const port: Row = {
    id: uuid(),
    name: "",
    network_id: networkId,
    project_id: owner === "network:router_gateway" ? "" : router["project_id"],
    tenant_id: owner === "network:router_gateway" ? "" : router["project_id"],
    mac_address: `fa:16:3e:${randomHex(3).match(/../g)!.join(":")}`,
    admin_state_up: true,
    status: "DOWN",
    device_id: router.id,
    device_owner: owner,
    fixed_ips: fixedIps,
    port_security_enabled: false,
    security_groups: [],
    allowed_address_pairs: [],
    extra_dhcp_opts: [],
    ...standardFields(ctx),
  };
  ctx.cloud.state.ports.push(port);
  return port;
}

/** Sets or clears the gateway: a port on the external network, with an address from it. */
function setGateway(ctx: Ctx, router: Row, info: Row | null | undefined): void {
  const { state } = ctx.cloud;
  state.ports = state.ports.filter(
    (p) => !(p["device_id"] === router.id && p["device_owner"] === "network:router_gateway"),
  );
  if (!info) {
    router["external_gateway_info"] = null;
    return;
  }
  const network = usableNetwork(ctx, info["network_id"]);
  const port = routerPort(
    ctx,
    router,
    network.id,
    "network:router_gateway",
    allocate(ctx, network.id, info["external_fixed_ips"] as Row[] | undefined),
  );
  router["external_gateway_info"] = {
    network_id: network.id,
    external_fixed_ips: port["fixed_ips"],
    enable_snat: info["enable_snat"] ?? true,
  };
}

export const routers: CollectionSpec = {
  ...neutronCollection("Router", {
    create: [
      "admin_state_up",
      "external_gateway_info",
      "distributed",
      "ha",
      "availability_zone_hints",
      "flavor_id",
      "routes",
    ],
    update: ["admin_state_up", "external_gateway_info", "distributed", "ha", "routes"],
  }),
  state: "routers",
  path: "v2.0/routers",
  key: "router",
  pluralKey: "routers",
  filters: { ...standardFilters, admin_state_up: "bool", status: "exact" },
  access: { owner: OWNER, admin: "all" },
  build: (input, ctx) => {
    const { external_gateway_info, ...rest } = input;
    const router: Row = {
      id: uuid(),
      name: "",
      admin_state_up: true,
      status: "ACTIVE",
      external_gateway_info: null,
      availability_zones: [],
      distributed: false,
      ha: false,
      availability_zone_hints: [],
      routes: [],
      flavor_id: null,
      ...standardFields(ctx),
      revision_number: 1,
      ...rest,
    };
    if (external_gateway_info) setGateway(ctx, router, external_gateway_info as Row);
    return router;
  },
  change: (item, input, ctx) => {
    const { external_gateway_info, ...rest } = input;
    if ("external_gateway_info" in input) setGateway(ctx, item, external_gateway_info as Row | null);
    Object.assign(item, rest);
  },
  remove: (item, ctx) => {
    const { state } = ctx.cloud;
    if (state.ports.some((p) => p["device_id"] === item.id && p["device_owner"] === "network:router_interface")) {
      throw conflict("RouterInUse", `Router ${item.id} still has ports`);
    }
    state.ports = state.ports.filter((p) => p["device_id"] !== item.id);
    return "now";
  },
};

/** What both interface calls answer: the router, the port, and its subnets. */
const interfaceInfo = (router: Row, port: Row) => ({
  id: router.id,
  tenant_id: router["project_id"],
  port_id: port.id,
  network_id: port["network_id"],
  subnet_id: (port["fixed_ips"] as Row[])[0]?.["subnet_id"],
  subnet_ids: (port["fixed_ips"] as Row[]).map((ip) => ip["subnet_id"]),
});

function addInterface(ctx: Ctx, router: Row, body: Row): Row {
  const { state } = ctx.cloud;
  if (body["port_id"] !== undefined) {
    const port = state.ports.find((p) => p.id === body["port_id"]);
    if (!port) throw notFound("Port")(String(body["port_id"]));
    if (port["device_id"])
      throw conflict(
        "PortInUse",
        `Unable to complete operation on port ${port.id} for network ${port["network_id"]}. Port already has an attached device ${port["device_id"]}.`,
      );
    Object.assign(port, { device_id: router.id, device_owner: "network:router_interface" });
    return interfaceInfo(router, port);
  }
  const subnet = state.subnets.find((s) => s.id === body["subnet_id"]);
  if (!subnet) throw notFound("Subnet")(String(body["subnet_id"]));
  if (!subnet["gateway_ip"])
    throw new ApiError(400, `Bad router request: Subnet for router interface must have a gateway IP.`, {
      type: "BadRequest",
    });
  if (
    state.ports.some(
      (p) => p["device_id"] === router.id && (p["fixed_ips"] as Row[]).some((ip) => ip["subnet_id"] === subnet.id),
    )
  ) {
    throw new ApiError(400, `Bad router request: Router already has a port on subnet ${subnet.id}.`, {
      type: "BadRequest",
    });
  }
  const port = routerPort(ctx, router, subnet["network_id"], "network:router_interface", [
    { subnet_id: subnet.id, ip_address: subnet["gateway_ip"] },
  ]);
  return interfaceInfo(router, port);
}

function removeInterface(ctx: Ctx, router: Row, body: Row): Row {
  const { state } = ctx.cloud;
  const port = state.ports.find(
    (p) =>
      p["device_id"] === router.id &&
      p["device_owner"] === "network:router_interface" &&
      (body["port_id"] !== undefined
        ? p.id === body["port_id"]
        : (p["fixed_ips"] as Row[]).some((ip) => ip["subnet_id"] === body["subnet_id"])),
  );
  if (!port) {
    throw new ApiError(
      404,
      `Router ${router.id} does not have an interface with id ${String(body["port_id"] ?? body["subnet_id"])}`,
      { type: "RouterInterfaceNotFound" },
    );
  }
  state.ports = state.ports.filter((p) => p !== port);
  return interfaceInfo(router, port);
}

const sameRoute = (a: Row, b: Row) => a["destination"] === b["destination"] && a["nexthop"] === b["nexthop"];

/** Interfaces and extra routes, each a PUT on `routers/{id}/<action>`. */
export function routerActionRoutes(): Route[] {
  const action = (name: string, run: (ctx: Ctx, router: Row, body: Row) => Row): Route => ({
    method: "PUT",
    path: `v2.0/routers/:id/${name}`,
    handle: async (ctx) => {
      const router = findItem(routers, ctx);
      const answer = run(ctx, router, await ctx.body());
      bump(router, ctx);
      return json(answer);
    },
  });
  const routes = (body: Row) => ((body["router"] as Row | undefined)?.["routes"] as Row[] | undefined) ?? [];
  return [
    action("add_router_interface", addInterface),
    action("remove_router_interface", removeInterface),
    action("add_extraroutes", (_ctx, router, body) => {
      const current = router["routes"] as Row[];
      router["routes"] = [...current, ...routes(body).filter((r) => !current.some((c) => sameRoute(c, r)))];
      return { router };
    }),
    action("remove_extraroutes", (_ctx, router, body) => {
      router["routes"] = (router["routes"] as Row[]).filter((c) => !routes(body).some((r) => sameRoute(c, r)));
      return { router };
    }),
  ];
}

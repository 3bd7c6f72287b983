import { InvalidArgumentError, NotFoundError, ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, noContent, notFound, sent } from "../fixtures.js";
import { addedRoutes, bareRouterBody, routerBody, routerInterfaceBody, routesAfterAdd } from "./fixtures.js";
import { RouterInterface, routers } from "../../src/routers/router.js";

const { server, setup } = networkCloud();
const subnet = routerInterfaceBody.subnet_id;
const port = routerInterfaceBody.port_id;

describe("routers", () => {
  it("lists with tag filters comma-separated, parses routers with and without extensions, refuses status as a filter", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/routers`, () => HttpResponse.json({ routers: [routerBody, bareRouterBody] })));
    const all = await facade.listRouters({ "tags-any": ["blue", "red"], admin_state_up: true });
    expect(seen.map(sent)).toEqual(["GET /v2.0/routers?tags-any=blue%2Cred&admin_state_up=true"]);
    expect(all[0]?.external_gateway_info?.external_fixed_ips?.[1]?.ip_address).toBe("2001:db8::9");
    expect(all[0]?.routes).toEqual([{ destination: "179.24.1.0/24", nexthop: "172.24.3.99" }]);
    expect(all[1]?.external_gateway_info).toBeNull();
    expect(all[1]?.distributed).toBeUndefined();
    // @ts-expect-error: Neutron answers 400 to a status filter on routers
    await expect(facade.listRouters({ status: "ACTIVE" })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(1);
  });

  it("creates with an external gateway, and sets or clears the gateway by an update", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/routers`, () => HttpResponse.json({ router: routerBody }, { status: 201 })),
      http.put(`${API}/routers/:id`, async ({ request }) => {
        const { router } = (await request.json()) as { router: Record<string, unknown> };
        return HttpResponse.json({ router: { ...routerBody, ...router } });
      }),
    );
    const gateway = { network_id: routerBody.external_gateway_info.network_id, enable_snat: false };
    const created = await facade.createRouter({
      name: "router1",
      external_gateway_info: gateway,
      availability_zone_hints: ["nova"],
    });
    expect(created.id).toBe(routerBody.id);
    expect(await bodyOf(seen[0]!)).toEqual({
      router: { name: "router1", external_gateway_info: gateway, availability_zone_hints: ["nova"] },
    });
    const cleared = await facade.updateRouter(created, { external_gateway_info: null });
    expect(cleared.external_gateway_info).toBeNull();
    await facade.updateRouter(created.id, {
      external_gateway_info: { network_id: "ext", external_fixed_ips: [{ subnet_id: "s1" }] },
    });
    expect(seen.map(sent).slice(1)).toEqual([
      `PUT /v2.0/routers/${routerBody.id}`,
      `PUT /v2.0/routers/${routerBody.id}`,
    ]);
    expect(await bodyOf(seen[1]!)).toEqual({ router: { external_gateway_info: null } });
    expect(await bodyOf(seen[2]!)).toEqual({
      router: { external_gateway_info: { network_id: "ext", external_fixed_ips: [{ subnet_id: "s1" }] } },
    });
  });

  it("refuses read-only and create-only fields before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: status is read-only
    await expect(facade.createRouter({ name: "r", status: "ACTIVE" })).rejects.toThrow(/'status' cannot be set/);
    // @ts-expect-error: availability zone hints are fixed at create
    await expect(facade.updateRouter("r1", { availability_zone_hints: ["az2"] })).rejects.toThrow(
      /'availability_zone_hints' cannot be set/,
    );
    // @ts-expect-error: the gateway is an object or null
    await expect(facade.updateRouter("r1", { external_gateway_info: "ext" })).rejects.toThrow(/wrong type/);
    expect(seen).toHaveLength(0);
  });

  it("adds and removes interfaces by subnet or by port, and answers the interface", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/routers/:id/add_router_interface`, () => HttpResponse.json(routerInterfaceBody)),
      http.put(`${API}/routers/:id/remove_router_interface`, () => HttpResponse.json(routerInterfaceBody)),
    );
    const added = v.parse(RouterInterface, await facade.addInterfaceToRouter({ router: routerBody, subnet }));
    expect(added.port_id).toBe(port);
    await facade.addInterfaceToRouter({ router: routerBody.id, port: { id: port } });
    await facade.removeInterfaceFromRouter({ router: routerBody.id, subnet: { id: subnet } });
    await facade.removeInterfaceFromRouter({ router: routerBody.id, port });
    expect(seen.map(sent)).toEqual([
      `PUT /v2.0/routers/${routerBody.id}/add_router_interface`,
      `PUT /v2.0/routers/${routerBody.id}/add_router_interface`,
      `PUT /v2.0/routers/${routerBody.id}/remove_router_interface`,
      `PUT /v2.0/routers/${routerBody.id}/remove_router_interface`,
    ]);
    expect(await Promise.all(seen.map(bodyOf))).toEqual([
      { subnet_id: subnet },
      { port_id: port },
      { subnet_id: subnet },
      { port_id: port },
    ]);
  });

  it("needs a subnet or a port for an interface, at compile time and before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: neither a subnet nor a port
    await expect(facade.addInterfaceToRouter({ router: "r1" })).rejects.toBeInstanceOf(InvalidArgumentError);
    // @ts-expect-error: the router is missing
    await expect(facade.removeInterfaceFromRouter({ subnet })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });

  it("adds and removes extra routes inside the router envelope", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/routers/:id/add_extraroutes`, () => HttpResponse.json(routesAfterAdd)),
      http.put(`${API}/routers/:id/remove_extraroutes`, () =>
        HttpResponse.json({ router: { ...routesAfterAdd.router, routes: [] } }),
      ),
    );
    const after = (await facade.addExtraRoutesToRouter({
      router: routesAfterAdd.router.id,
      routes: addedRoutes,
    })) as typeof routesAfterAdd;
    expect(after.router.routes).toHaveLength(4);
    await facade.removeExtraRoutesFromRouter({ router: routesAfterAdd.router, routes: addedRoutes.slice(0, 1) });
    expect(seen.map(sent)).toEqual([
      `PUT /v2.0/routers/${routesAfterAdd.router.id}/add_extraroutes`,
      `PUT /v2.0/routers/${routesAfterAdd.router.id}/remove_extraroutes`,
    ]);
    expect(await bodyOf(seen[0]!)).toEqual({ router: { routes: addedRoutes } });
    expect(await bodyOf(seen[1]!)).toEqual({ router: { routes: addedRoutes.slice(0, 1) } });
  });

  it("reports a missing router on an action, deletes ignoring one already gone, and waits for ACTIVE", async () => {
    const { facade, session } = setup();
    const states = ["ALLOCATING", "ACTIVE"];
    server.use(
      http.put(`${API}/routers/gone/add_router_interface`, () =>
        notFound("RouterNotFound", "Router gone could not be found"),
      ),
      http.delete(`${API}/routers/:id`, ({ params }) =>
        params["id"] === "gone" ? notFound("RouterNotFound", "gone") : noContent(),
      ),
      http.get(`${API}/routers/:id`, ({ params }) =>
        params["id"] === "broken"
          ? HttpResponse.json({ router: { ...bareRouterBody, status: "ERROR" } })
          : HttpResponse.json({
              router: { ...bareRouterBody, status: states.length > 1 ? states.shift() : states[0] },
            }),
      ),
    );
    await expect(facade.addInterfaceToRouter({ router: "gone", subnet })).rejects.toThrow(
      "Router gone could not be found",
    );
    await routers.delete(session, "gone");
    await expect(facade.deleteRouter("gone", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    expect((await facade.waitForRouter(bareRouterBody, { status: "ACTIVE", interval: 1 })).status).toBe("ACTIVE");
    await expect(facade.waitForRouter("broken", { status: "ACTIVE", interval: 1 })).rejects.toBeInstanceOf(
      ResourceFailureError,
    );
  });
});

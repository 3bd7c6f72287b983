import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import { createdEndpointBody, endpointBody } from "./fixtures.js";

const { server, setup } = identityCloud();

describe("endpoints", () => {
  it("lists, filtered by interface and service", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/endpoints`, () => collection("endpoints", [endpointBody])));
    const all = await facade.listEndpoints({ interface: "admin", service_id: endpointBody.service_id });
    expect(all[0]).toMatchObject({ url: "http://23.253.211.234:9696/", region_id: "RegionOne" });
    expect(sent(seen[0]!)).toBe(`GET /v3/endpoints?interface=admin&service_id=${endpointBody.service_id}`);
  });

  it("gets one endpoint", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/endpoints/:id`, () => HttpResponse.json({ endpoint: endpointBody })));
    expect((await facade.getEndpoint(endpointBody.id)).interface).toBe("admin");
    expect(sent(seen[0]!)).toBe(`GET /v3/endpoints/${endpointBody.id}`);
  });

  it("creates inside the endpoint envelope, refusing one without a url", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/endpoints`, () => HttpResponse.json({ endpoint: createdEndpointBody }, { status: 201 })),
    );
    const body = {
      interface: "public",
      region_id: "RegionOne",
      url: "http://example.com/identity/v3/endpoints/828384",
      service_id: "9242e05f0c23467bbd1cf1f7a6e5e596",
    };
    expect((await facade.createEndpoint(body)).id).toBe(createdEndpointBody.id);
    expect(await seen[0]!.json()).toEqual({ endpoint: body });
    // @ts-expect-error: url is required
    await expect(facade.createEndpoint({ interface: "public", service_id: "s" })).rejects.toThrow(/needs 'url'/);
    expect(seen).toHaveLength(1);
  });

  it("updates with PATCH and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${API}/endpoints/:id`, () =>
        HttpResponse.json({ endpoint: { ...createdEndpointBody, region_id: "north", region: "north" } }),
      ),
      http.delete(`${API}/endpoints/:id`, () => noContent()),
    );
    expect((await facade.updateEndpoint(createdEndpointBody, { region_id: "north" })).region_id).toBe("north");
    await facade.deleteEndpoint(createdEndpointBody.id);
    expect(await seen[0]!.json()).toEqual({ endpoint: { region_id: "north" } });
    expect(seen.map(sent)).toEqual([
      `PATCH /v3/endpoints/${createdEndpointBody.id}`,
      `DELETE /v3/endpoints/${createdEndpointBody.id}`,
    ]);
  });

  it("finds by id; with no name filter, a miss lists them all", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/endpoints/:id`, ({ params }) =>
        params["id"] === endpointBody.id
          ? HttpResponse.json({ endpoint: endpointBody })
          : notFound(`Could not find endpoint: ${String(params["id"])}.`),
      ),
      http.get(`${API}/endpoints`, () => collection("endpoints", [endpointBody])),
    );
    expect((await facade.findEndpoint(endpointBody.id))?.service_id).toBe(endpointBody.service_id);
    expect(await facade.findEndpoint("nothing", { interface: "public" })).toBeNull();
    expect(seen.map(sent)).toEqual([
      `GET /v3/endpoints/${endpointBody.id}`,
      "GET /v3/endpoints/nothing",
      "GET /v3/endpoints?interface=public",
    ]);
  });
});

import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import { computeServiceBody, serviceBody } from "./fixtures.js";

const { server, setup } = identityCloud();

describe("services", () => {
  it("lists, filtered by type, and takes a service without a name", async () => {
    const { facade, seen } = setup();
    const { name: _, ...unnamed } = computeServiceBody;
    server.use(http.get(`${API}/services`, () => collection("services", [computeServiceBody, unnamed])));
    const all = await facade.listServices({ type: "compute" });
    expect(all.map((s) => s.name)).toEqual(["nova", undefined]);
    expect(sent(seen[0]!)).toBe("GET /v3/services?type=compute");
  });

  it("gets one service", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/services/:id`, () => HttpResponse.json({ service: serviceBody })));
    expect(await facade.getService("686766")).toMatchObject({ name: "keystone", type: "identity", enabled: true });
    expect(sent(seen[0]!)).toBe("GET /v3/services/686766");
  });

  it("creates inside the service envelope; the type is what it needs", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/services`, () =>
        HttpResponse.json({ service: { ...computeServiceBody, name: "compute2" } }, { status: 201 }),
      ),
    );
    const body = { type: "compute", name: "compute2", description: "Compute service 2" };
    expect((await facade.createService(body)).name).toBe("compute2");
    expect(await seen[0]!.json()).toEqual({ service: body });
    // @ts-expect-error: type is required
    await expect(facade.createService({ name: "nameless" })).rejects.toThrow(/needs 'type'/);
    expect(seen).toHaveLength(1);
  });

  it("updates with PATCH and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${API}/services/:id`, () =>
        HttpResponse.json({ service: { ...serviceBody, description: "Block Storage Service V2" } }),
      ),
      http.delete(`${API}/services/:id`, () => noContent()),
    );
    expect((await facade.updateService(serviceBody, { description: "Block Storage Service V2" })).description).toBe(
      "Block Storage Service V2",
    );
    await facade.deleteService(serviceBody);
    expect(await seen[0]!.json()).toEqual({ service: { description: "Block Storage Service V2" } });
    expect(seen.map(sent)).toEqual(["PATCH /v3/services/686766", "DELETE /v3/services/686766"]);
  });

  it("finds by name", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/services/:id`, () => notFound("Could not find service: nova.")),
      http.get(`${API}/services`, () => collection("services", [computeServiceBody])),
    );
    expect((await facade.findService("nova"))?.type).toBe("compute");
    expect(seen.map(sent)).toEqual(["GET /v3/services/nova", "GET /v3/services?name=nova"]);
  });
});

import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import { regionOne, subRegion } from "./fixtures.js";

const { server, setup } = identityCloud();

describe("regions", () => {
  it("lists the children of a region", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/regions`, () => collection("regions", [subRegion])));
    expect((await facade.listRegions({ parent_region_id: "RegionOne" })).map((r) => r.id)).toEqual([
      "RegionOneSubRegion",
    ]);
    expect(sent(seen[0]!)).toBe("GET /v3/regions?parent_region_id=RegionOne");
  });

  it("gets one region", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/regions/:id`, () => HttpResponse.json({ region: regionOne })));
    expect(await facade.getRegion("RegionOne")).toMatchObject({ description: "", parent_region_id: null });
    expect(sent(seen[0]!)).toBe("GET /v3/regions/RegionOne");
  });

  it("creates with the id it chooses, inside the region envelope", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/regions`, () => HttpResponse.json({ region: subRegion }, { status: 201 })));
    const body = { id: "RegionOneSubRegion", description: "My subregion", parent_region_id: "RegionOne" };
    expect((await facade.createRegion(body)).id).toBe("RegionOneSubRegion");
    expect(await seen[0]!.json()).toEqual({ region: body });
  });

  it("updates with PATCH, never the id, and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${API}/regions/:id`, () =>
        HttpResponse.json({ region: { ...subRegion, description: "My subregion 3" } }),
      ),
      http.delete(`${API}/regions/:id`, () => noContent()),
    );
    expect((await facade.updateRegion(subRegion, { description: "My subregion 3" })).description).toBe(
      "My subregion 3",
    );
    // @ts-expect-error: the id is fixed once the region exists
    await expect(facade.updateRegion(subRegion, { id: "Elsewhere" })).rejects.toThrow(/'id' cannot be set/);
    await facade.deleteRegion("RegionOneSubRegion");
    expect(await seen[0]!.json()).toEqual({ region: { description: "My subregion 3" } });
    expect(seen.map(sent)).toEqual(["PATCH /v3/regions/RegionOneSubRegion", "DELETE /v3/regions/RegionOneSubRegion"]);
  });

  it("finds by id, which is the region's name; no match is null", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/regions/:id`, ({ params }) =>
        params["id"] === "RegionOne"
          ? HttpResponse.json({ region: regionOne })
          : notFound(`Could not find region: ${String(params["id"])}.`),
      ),
      http.get(`${API}/regions`, () => collection("regions", [regionOne])),
    );
    expect((await facade.findRegion("RegionOne"))?.parent_region_id).toBeNull();
    expect(await facade.findRegion("RegionTwo")).toBeNull();
    // Regions have no name filter: the fallback lists them all and matches ids.
    expect(seen.map(sent)).toEqual(["GET /v3/regions/RegionOne", "GET /v3/regions/RegionTwo", "GET /v3/regions"]);
  });
});

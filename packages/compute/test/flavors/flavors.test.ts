import { InvalidArgumentError, MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, computeCloud, microversionOf, novaError, sent } from "../fixtures.js";
import { flavorBody, oldFlavorBody } from "./fixtures.js";

const { server, setup } = computeCloud();

describe("flavors", () => {
  it("lists flavors/detail through flavors_links, with filters, at 2.75", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/flavors/detail`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        return HttpResponse.json(
          marker === null
            ? {
                flavors: [oldFlavorBody],
                flavors_links: [{ rel: "next", href: `${API}/flavors/detail?is_public=None&limit=1&marker=1` }],
              }
            : { flavors: marker === "1" ? [flavorBody] : [] },
        );
      }),
    );
    const all = await facade.listFlavors({ is_public: "None" }, { limit: 1 });
    expect(all.map((f) => [f.name, f.swap])).toEqual([
      ["m1.tiny", ""],
      ["m1.small.description", 0],
    ]);
    expect(all[1]?.extra_specs).toEqual({ "hw:cpu_policy": "shared", "hw:numa_nodes": "1" });
    // The second page is full and names no next page: one more by marker finds the end.
    expect(seen.map(sent)).toEqual([
      "GET /v2.1/flavors/detail?is_public=None&limit=1",
      "GET /v2.1/flavors/detail?is_public=None&limit=1&marker=1",
      "GET /v2.1/flavors/detail?is_public=None&limit=1&marker=7",
    ]);
    expect(microversionOf(seen[0]!)).toBe("2.75");
  });

  it("gets by id and finds by name in the list (Nova has no name filter)", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/flavors/detail`, () => HttpResponse.json({ flavors: [oldFlavorBody, flavorBody] })),
      http.get(`${API}/flavors/:id`, ({ params }) =>
        params["id"] === "7"
          ? HttpResponse.json({ flavor: flavorBody })
          : novaError(404, `Flavor ${String(params["id"])} could not be found.`),
      ),
    );
    expect((await facade.getFlavor("7")).description).toBe("test description");
    expect((await facade.findFlavor("m1.tiny"))?.id).toBe("1");
    expect(seen.map(sent)).toEqual(["GET /v2.1/flavors/7", "GET /v2.1/flavors/m1.tiny", "GET /v2.1/flavors/detail"]);
  });

  it("creates in the flavor envelope, updates only the description, deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/flavors`, () => HttpResponse.json({ flavor: flavorBody })),
      http.put(`${API}/flavors/:id`, () => HttpResponse.json({ flavor: { ...flavorBody, description: "new" } })),
      http.delete(`${API}/flavors/:id`, () => accepted()),
    );
    await facade.createFlavor({
      name: "m1.small.description",
      ram: 2048,
      vcpus: 1,
      disk: 20,
      id: "7",
      "os-flavor-access:is_public": false,
      description: "test description",
    });
    expect((await facade.updateFlavor("7", { description: "new" })).description).toBe("new");
    await facade.deleteFlavor({ id: "7" });
    expect(await seen[0]!.json()).toEqual({
      flavor: {
        name: "m1.small.description",
        ram: 2048,
        vcpus: 1,
        disk: 20,
        id: "7",
        "os-flavor-access:is_public": false,
        description: "test description",
      },
    });
    expect(await seen[1]!.json()).toEqual({ flavor: { description: "new" } });
    expect(seen.map(sent)).toEqual(["POST /v2.1/flavors", "PUT /v2.1/flavors/7", "DELETE /v2.1/flavors/7"]);
    // @ts-expect-error: a flavor's size never changes
    await expect(facade.updateFlavor("7", { ram: 4096 })).rejects.toThrow(/'ram' cannot be set/);
    // @ts-expect-error: ram is required
    await expect(facade.createFlavor({ name: "x", vcpus: 1, disk: 1 })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(3);
  });

  it("reads, sets and deletes extra specs", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/flavors/:id/os-extra_specs`, () =>
        HttpResponse.json({ extra_specs: { "hw:cpu_policy": "shared", "hw:numa_nodes": "1" } }),
      ),
      http.post(`${API}/flavors/:id/os-extra_specs`, async ({ request }) => HttpResponse.json(await request.json())),
      http.get(`${API}/flavors/:id/os-extra_specs/:key`, () => HttpResponse.json({ "hw:numa_nodes": "1" })),
      http.put(`${API}/flavors/:id/os-extra_specs/:key`, async ({ request }) =>
        HttpResponse.json(await request.json()),
      ),
      http.delete(`${API}/flavors/:id/os-extra_specs/:key`, () => new HttpResponse(null, { status: 200 })),
    );
    expect(await facade.fetchFlavorExtraSpecs({ flavor: flavorBody })).toEqual({
      extra_specs: { "hw:cpu_policy": "shared", "hw:numa_nodes": "1" },
    });
    expect(await facade.createFlavorExtraSpecs({ flavor: "7", extra_specs: { "hw:cpu_policy": "dedicated" } })).toEqual(
      { extra_specs: { "hw:cpu_policy": "dedicated" } },
    );
    expect(await facade.getFlavorExtraSpecsProperty({ flavor: "7", key: "hw:numa_nodes" })).toEqual({
      "hw:numa_nodes": "1",
    });
    expect(await facade.updateFlavorExtraSpecsProperty({ flavor: "7", key: "hw:numa_nodes", value: "2" })).toEqual({
      "hw:numa_nodes": "2",
    });
    await facade.deleteFlavorExtraSpecsProperty({ flavor: "7", key: "hw:numa_nodes" });
    expect(seen.map(sent)).toEqual([
      "GET /v2.1/flavors/7/os-extra_specs",
      "POST /v2.1/flavors/7/os-extra_specs",
      "GET /v2.1/flavors/7/os-extra_specs/hw%3Anuma_nodes",
      "PUT /v2.1/flavors/7/os-extra_specs/hw%3Anuma_nodes",
      "DELETE /v2.1/flavors/7/os-extra_specs/hw%3Anuma_nodes",
    ]);
  });

  it("grants, lists and revokes a project's access to a private flavor", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/flavors/:id/action`, () =>
        HttpResponse.json({ flavor_access: [{ flavor_id: "10", tenant_id: "p-demo" }] }),
      ),
      http.get(`${API}/flavors/:id/os-flavor-access`, () =>
        HttpResponse.json({ flavor_access: [{ flavor_id: "10", tenant_id: "p-demo" }] }),
      ),
    );
    expect(await facade.flavorAddTenantAccess({ flavor: "10", tenant: { id: "p-demo" } })).toEqual({
      flavor_access: [{ flavor_id: "10", tenant_id: "p-demo" }],
    });
    expect(await facade.listFlavorAccess({ flavor: "10" })).toEqual([{ flavor_id: "10", tenant_id: "p-demo" }]);
    await facade.flavorRemoveTenantAccess({ flavor: "10", tenant: "p-demo" });
    expect(seen.map(sent)).toEqual([
      "POST /v2.1/flavors/10/action",
      "GET /v2.1/flavors/10/os-flavor-access",
      "POST /v2.1/flavors/10/action",
    ]);
    expect(await seen[0]!.json()).toEqual({ addTenantAccess: { tenant: "p-demo" } });
    expect(await seen[2]!.json()).toEqual({ removeTenantAccess: { tenant: "p-demo" } });
  });

  it("sends rxtx_factor below 2.102 and refuses it from 2.102, where Nova does, before any request", async () => {
    const body = { name: "m1.rxtx", ram: 512, vcpus: 1, disk: 1, rxtx_factor: 2.0 };
    const { facade, seen } = setup();
    server.use(http.post(`${API}/flavors`, () => HttpResponse.json({ flavor: flavorBody })));
    await facade.createFlavor(body);
    expect(await seen[0]!.json()).toEqual({ flavor: body });
    expect(microversionOf(seen[0]!)).toBe("2.75");
    const latest = setup({ maxMicroversion: "2.104", session: { services: { compute: { microversion: "latest" } } } });
    const refused = latest.facade.createFlavor(body);
    await expect(refused).rejects.toBeInstanceOf(MicroversionError);
    await expect(refused).rejects.toThrow(
      "createFlavor: 'rxtx_factor' was removed in microversion 2.102, and this call uses 2.104; leave it out, or use a microversion below 2.102",
    );
    expect(latest.seen).toEqual([]);
    const { rxtx_factor, ...without } = body;
    await latest.facade.createFlavor(without);
    expect(await latest.seen[0]!.json()).toEqual({ flavor: without });
  });
});

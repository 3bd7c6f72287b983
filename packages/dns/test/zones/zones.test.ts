import { InvalidArgumentError, ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, dnsCloud, sent } from "../fixtures.js";
import { zoneBody } from "./fixtures.js";

const { server, setup } = dnsCloud();
const ID = zoneBody().id;

describe("zones", () => {
  it("creates with a bare body (no envelope) and answers the zone PENDING", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/zones`, () => HttpResponse.json(zoneBody({ status: "PENDING" }), { status: 202 })));
    const zone = await facade.createZone({ name: "example.org.", email: "joe@example.org", ttl: 7200 });
    expect(zone.status).toBe("PENDING");
    expect(await seen[0]!.json()).toEqual({ name: "example.org.", email: "joe@example.org", ttl: 7200 });
  });

  it("follows links.next across pages, each page at the size asked", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/zones`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        if (marker === null)
          return HttpResponse.json({
            zones: [zoneBody({ id: "z1" })],
            links: { self: `${API}/zones?limit=1`, next: `${API}/zones?limit=1&marker=z1` },
            metadata: { total_count: 2 },
          });
        // a full last page without a next link: core asks once more, by marker, and stops at an empty page
        if (marker === "z2") return HttpResponse.json({ zones: [], links: {} });
        return HttpResponse.json({
          zones: [zoneBody({ id: "z2" })],
          links: { self: `${API}/zones?limit=1&marker=z1` },
          metadata: { total_count: 2 },
        });
      }),
    );
    const zones = await facade.listZones({ limit: 1, status: "ACTIVE", sort_key: "name", sort_dir: "asc" });
    expect(zones.map((z) => z.id)).toEqual(["z1", "z2"]);
    expect(seen.map(sent)).toEqual([
      "GET /v2/zones?status=ACTIVE&sort_key=name&sort_dir=asc&limit=1",
      "GET /v2/zones?limit=1&marker=z1",
      "GET /v2/zones?status=ACTIVE&sort_key=name&sort_dir=asc&limit=1&marker=z2",
    ]);
  });

  it("refuses unknown filters and fields only Designate sets, before any request", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: no such filter
    await expect(Promise.resolve(facade.listZones({ owner: "x" }))).rejects.toThrow(InvalidArgumentError);
    // @ts-expect-error: Designate sets the status
    await expect(facade.createZone({ name: "a.org.", status: "ACTIVE" })).rejects.toThrow(/'status' cannot be set/);
    // @ts-expect-error: a zone's name never changes
    await expect(facade.updateZone(ID, { name: "b.org." })).rejects.toThrow(/'name' cannot be set/);
    // @ts-expect-error: only asc or desc
    await expect(Promise.resolve(facade.listZones({ sort_dir: "up" }))).rejects.toThrow(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });

  it("updates with PATCH and deletes, ignoring a zone already gone", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${API}/zones/:id`, () =>
        HttpResponse.json(zoneBody({ ttl: 600, status: "PENDING" }), { status: 202 }),
      ),
      http.delete(`${API}/zones/:id`, ({ params }) =>
        params["id"] === "gone"
          ? HttpResponse.json({ code: 404, type: "zone_not_found", message: "Could not find Zone" }, { status: 404 })
          : HttpResponse.json(zoneBody({ action: "DELETE", status: "PENDING" }), { status: 202 }),
      ),
    );
    expect((await facade.updateZone(ID, { ttl: 600 })).ttl).toBe(600);
    await facade.deleteZone(ID);
    await facade.deleteZone("gone");
    expect(seen.map(sent)).toEqual([`PATCH /v2/zones/${ID}`, `DELETE /v2/zones/${ID}`, "DELETE /v2/zones/gone"]);
    expect(await seen[0]!.json()).toEqual({ ttl: 600 });
  });

  it("waits for ACTIVE, and ends the wait at ERROR with a typed failure", async () => {
    const { facade } = setup();
    const states = ["PENDING", "ACTIVE"];
    server.use(http.get(`${API}/zones/:id`, () => HttpResponse.json(zoneBody({ status: states.shift() ?? "ACTIVE" }))));
    expect((await facade.waitForZone(ID, { status: "ACTIVE", interval: 1 })).status).toBe("ACTIVE");
    server.use(http.get(`${API}/zones/:id`, () => HttpResponse.json(zoneBody({ status: "ERROR" }))));
    await expect(facade.waitForZone(ID, { status: "ACTIVE", interval: 1 })).rejects.toBeInstanceOf(
      ResourceFailureError,
    );
  });

  it("abandons, transfers now (xfr), reads the nameservers and moves pools at their task paths", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/zones/:id/tasks/:task`, () => new HttpResponse(null, { status: 202 })),
      http.get(`${API}/zones/:id/nameservers`, () =>
        HttpResponse.json({ nameservers: [{ hostname: "ns1.example.org.", priority: 1 }] }),
      ),
    );
    const zone = zoneBody();
    await facade.abandonZone({ zone });
    await facade.xfrZone({ zone: ID });
    expect(await facade.getZoneNameservers({ zone })).toEqual([{ hostname: "ns1.example.org.", priority: 1 }]);
    await facade.moveZonePool({ zone, pool_id: "p2" });
    await facade.moveZonePool({ zone });
    expect(seen.map(sent)).toEqual([
      `POST /v2/zones/${ID}/tasks/abandon`,
      `POST /v2/zones/${ID}/tasks/xfr`,
      `GET /v2/zones/${ID}/nameservers`,
      `POST /v2/zones/${ID}/tasks/pool_move`,
      `POST /v2/zones/${ID}/tasks/pool_move`,
    ]);
    expect(await seen[3]!.json()).toEqual({ pool_id: "p2" });
    expect(await seen[4]!.json()).toEqual({});
  });
});

import { InvalidArgumentError, MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, haCloud, sent, versionOf } from "../fixtures.js";

const { server, setup } = haCloud();

const segment = (uuid: string, over: Record<string, unknown> = {}) => ({
  uuid,
  id: 1,
  name: `seg-${uuid}`,
  description: null,
  recovery_method: "auto",
  service_type: "COMPUTE",
  enabled: true,
  created_at: "2026-12-06T12:00:00.000000",
  updated_at: null,
  deleted_at: null,
  deleted: false,
  ...over,
});

describe("segments", () => {
  it("negotiate the microversion: the lower of the server's and the SDK's, in Masakari's header", async () => {
    const { facade, seen } = setup("1.2");
    server.use(
      http.get(`${API}/segments/:id`, ({ params }) => HttpResponse.json({ segment: segment(String(params.id)) })),
    );
    await facade.getSegment("s1");
    expect(seen[0]!.headers.get("OpenStack-API-Version")).toBe("instance-ha 1.2");

    const older = setup("1.0");
    await older.facade.getSegment("s1");
    expect(versionOf(older.seen[0]!)).toBe("1.0");
  });

  it("create, update with PUT of the fields given, delete: in their envelope, by uuid", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/segments`, () => HttpResponse.json({ segment: segment("s1") }, { status: 201 })),
      http.put(`${API}/segments/:id`, () => HttpResponse.json({ segment: segment("s1", { enabled: false }) })),
      http.delete(`${API}/segments/:id`, () => new HttpResponse(null, { status: 204 })),
    );
    const made = await facade.createSegment({ name: "seg", recovery_method: "auto", service_type: "COMPUTE" });
    const changed = await facade.updateSegment(made, { enabled: false });
    await facade.deleteSegment(changed);
    expect(seen.map(sent)).toEqual(["POST segments", "PUT segments/s1", "DELETE segments/s1"]);
    expect(await seen[0]!.json()).toEqual({
      segment: { name: "seg", recovery_method: "auto", service_type: "COMPUTE" },
    });
    expect(await seen[1]!.json()).toEqual({ segment: { enabled: false } });
  });

  it("refuses `enabled` below 1.2, an unknown recovery method and server-set fields, before any request", async () => {
    const { facade, seen } = setup("1.1");
    await expect(
      facade.createSegment({ name: "s", recovery_method: "auto", service_type: "COMPUTE", enabled: true }),
    ).rejects.toThrow(MicroversionError);
    await expect(
      // @ts-expect-error: not one of Masakari's recovery methods
      facade.createSegment({ name: "s", recovery_method: "evacuate", service_type: "COMPUTE" }),
    ).rejects.toThrow(InvalidArgumentError);
    // @ts-expect-error: the uuid is Masakari's
    await expect(facade.updateSegment("s1", { uuid: "other" })).rejects.toThrow(/uuid/);
    expect(seen).toHaveLength(0);
  });

  it("lists page by page with the last integer id as marker (Masakari pages by id, not uuid), filtering by the fields and the sort", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/segments`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        const page =
          marker === null
            ? [segment("a", { id: 1 }), segment("b", { id: 2 })]
            : marker === "2"
              ? [segment("c", { id: 3 })]
              : [];
        return HttpResponse.json({ segments: page });
      }),
    );
    const all = await facade.listSegments({ limit: 2, recovery_method: "auto", sort_key: "name", sort_dir: "asc" });
    expect(all.map((s) => s.uuid)).toEqual(["a", "b", "c"]);
    expect(seen.map(sent)).toEqual([
      "GET segments?recovery_method=auto&sort_key=name&sort_dir=asc&limit=2",
      "GET segments?recovery_method=auto&sort_key=name&sort_dir=asc&limit=2&marker=2",
      "GET segments?recovery_method=auto&sort_key=name&sort_dir=asc&limit=2&marker=3",
    ]);
  });

  it("finds by uuid or by name", async () => {
    const { facade } = setup();
    server.use(
      http.get(`${API}/segments/:id`, () =>
        HttpResponse.json({ itemNotFound: { code: 404, message: "no" } }, { status: 404 }),
      ),
      http.get(`${API}/segments`, () => HttpResponse.json({ segments: [segment("a", { name: "rack-1" })] })),
    );
    expect((await facade.findSegment("rack-1"))?.uuid).toBe("a");
  });
});

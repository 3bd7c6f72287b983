import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, sent } from "../fixtures.js";
import { serviceId, snapshotBody, snapshotRequest, updateRequest, volumeBody, volumeRequest } from "./fixtures.js";

const { server, setup } = identityCloud();

describe("registered limits", () => {
  it("creates one as a list of one, and many at once", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/registered_limits`, async ({ request }) => {
        const sentItems = ((await request.clone().json()) as { registered_limits: unknown[] }).registered_limits;
        return HttpResponse.json(
          { registered_limits: sentItems.length === 1 ? [snapshotBody] : [volumeBody, snapshotBody] },
          { status: 201 },
        );
      }),
    );
    expect((await facade.createRegisteredLimit(snapshotRequest)).id).toBe(snapshotBody.id);
    expect(await facade.createRegisteredLimits({ registered_limits: [snapshotRequest, volumeRequest] })).toEqual({
      registered_limits: [volumeBody, snapshotBody],
    });
    expect(await seen[0]!.json()).toEqual({ registered_limits: [snapshotRequest] });
    expect(await seen[1]!.json()).toEqual({ registered_limits: [snapshotRequest, volumeRequest] });
    expect(seen.map(sent)).toEqual(["POST /v3/registered_limits", "POST /v3/registered_limits"]);
    // @ts-expect-error: default_limit is required
    await expect(facade.createRegisteredLimit({ service_id: serviceId, resource_name: "x" })).rejects.toThrow(
      /needs 'default_limit'/,
    );
  });

  it("lists with filters and gets one", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/registered_limits`, () => collection("registered_limits", [snapshotBody, volumeBody])),
      http.get(`${API}/registered_limits/:id`, () => HttpResponse.json({ registered_limit: volumeBody })),
    );
    expect(
      (await facade.listRegisteredLimits({ service_id: serviceId, resource_name: "snapshot" }))[0]?.default_limit,
    ).toBe(5);
    expect((await facade.getRegisteredLimit(volumeBody.id)).region_id).toBeNull();
    expect(seen.map(sent)).toEqual([
      `GET /v3/registered_limits?service_id=${serviceId}&resource_name=snapshot`,
      `GET /v3/registered_limits/${volumeBody.id}`,
    ]);
  });

  it("updates with PATCH and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${API}/registered_limits/:id`, () =>
        HttpResponse.json({ registered_limit: { ...snapshotBody, description: "Number of snapshots" } }),
      ),
      http.delete(`${API}/registered_limits/:id`, () => noContent()),
    );
    expect((await facade.updateRegisteredLimit(snapshotBody.id, updateRequest)).description).toBe(
      "Number of snapshots",
    );
    await facade.deleteRegisteredLimit(snapshotBody);
    expect(await seen[0]!.json()).toEqual({ registered_limit: updateRequest });
    expect(seen.map(sent)).toEqual([
      `PATCH /v3/registered_limits/${snapshotBody.id}`,
      `DELETE /v3/registered_limits/${snapshotBody.id}`,
    ]);
  });
});

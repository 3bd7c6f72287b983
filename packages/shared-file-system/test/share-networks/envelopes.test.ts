// The calls whose envelopes are not the one a verb would send: Manila's own spellings.
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, manilaCloud, sent } from "../fixtures.js";

const { server, setup } = manilaCloud();

describe("envelopes Manila spells its own way", () => {
  it("creates a subnet under `share-network-subnet` and reads it under `share_network_subnet`", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/share-networks/n1/subnets`, () =>
        HttpResponse.json({ share_network_subnet: { id: "s1", availability_zone: "nova" } }),
      ),
    );
    const subnet = await facade.createShareNetworkSubnet({ share_network_id: { id: "n1" }, availability_zone: "nova" });
    expect(subnet).toEqual({ id: "s1", availability_zone: "nova" });
    expect(seen.map(sent)).toEqual(["POST /v2/share-networks/n1/subnets"]);
    expect(await seen[0]!.json()).toEqual({ "share-network-subnet": { availability_zone: "nova" } });
  });

  it("grants access through the share's action and revokes it by id", async () => {
    const { facade, seen } = setup();
    const rule = {
      id: "r1",
      share_id: "s1",
      access_type: "ip",
      access_to: "192.0.2.1",
      access_level: "rw",
      state: "queued_to_apply",
    };
    server.use(http.post(`${API}/shares/s1/action`, () => HttpResponse.json({ access: rule })));
    expect(await facade.createAccessRule({ share_id: "s1", access_type: "ip", access_to: "192.0.2.1" })).toEqual(rule);
    await facade.deleteAccessRule({ share_id: "s1", access_id: rule });
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      { allow_access: { access_type: "ip", access_to: "192.0.2.1" } },
      { deny_access: { access_id: "r1" } },
    ]);
  });

  it("renames a snapshot with display_name, and opens a private share type to a project", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/snapshots/p1`, () =>
        HttpResponse.json({ snapshot: { id: "p1", share_id: "s1", status: "available", size: 1, name: "n" } }),
      ),
      http.post(`${API}/types/t1/action`, () => new HttpResponse(null, { status: 202 })),
    );
    await facade.updateShareSnapshot({ snapshot: "p1", name: "n" });
    await facade.addShareTypeAccess({ share_type: "t1", project: "pr" });
    await facade.removeShareTypeAccess({ share_type: "t1", project: "pr" });
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      { snapshot: { display_name: "n" } },
      { addProjectAccess: { project: "pr" } },
      { removeProjectAccess: { project: "pr" } },
    ]);
  });
});

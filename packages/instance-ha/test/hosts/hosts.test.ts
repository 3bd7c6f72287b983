import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, haCloud, sent } from "../fixtures.js";

const { server, setup } = haCloud();
const SEG = "seg-1";

const host = (uuid: string, over: Record<string, unknown> = {}) => ({
  uuid,
  id: 1,
  name: "loopback-cloud",
  type: "COMPUTE",
  control_attributes: "SSH",
  reserved: false,
  on_maintenance: false,
  failover_segment_id: SEG,
  failover_segment: {
    uuid: SEG,
    id: 1,
    name: "seg",
    description: null,
    recovery_method: "auto",
    service_type: "COMPUTE",
    enabled: true,
  },
  created_at: "2026-12-06T12:00:00.000000",
  updated_at: null,
  deleted_at: null,
  deleted: false,
  ...over,
});

describe("hosts", () => {
  it("live under their segment: create in it, then get, update and delete taking the segment from the host", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/segments/:seg/hosts`, () => HttpResponse.json({ host: host("h1") }, { status: 201 })),
      http.get(`${API}/segments/:seg/hosts/:id`, () => HttpResponse.json({ host: host("h1") })),
      http.put(`${API}/segments/:seg/hosts/:id`, () => HttpResponse.json({ host: host("h1", { reserved: true }) })),
      http.delete(`${API}/segments/:seg/hosts/:id`, () => new HttpResponse(null, { status: 204 })),
    );
    const made = await facade.createHost({
      failover_segment_id: SEG,
      name: "loopback-cloud",
      type: "COMPUTE",
      control_attributes: "SSH",
    });
    const got = await facade.getHost(made);
    const changed = await facade.updateHost(got, { reserved: true });
    await facade.deleteHost("h1", { failover_segment_id: SEG });
    expect(changed.reserved).toBe(true);
    expect(seen.map(sent)).toEqual([
      `POST segments/${SEG}/hosts`,
      `GET segments/${SEG}/hosts/h1`,
      `PUT segments/${SEG}/hosts/h1`,
      `DELETE segments/${SEG}/hosts/h1`,
    ]);
    expect(await seen[0]!.json()).toEqual({
      host: { name: "loopback-cloud", type: "COMPUTE", control_attributes: "SSH" },
    });
    expect(await seen[2]!.json()).toEqual({ host: { reserved: true } });
  });

  it("need their segment and their control attributes, before any request", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: the segment is needed
    await expect(Promise.resolve(facade.listHosts({}))).rejects.toThrow(/failover_segment_id/);
    await expect(
      // @ts-expect-error: control_attributes is required
      facade.createHost({ failover_segment_id: SEG, name: "h", type: "COMPUTE" }),
    ).rejects.toThrow(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });

  it("filter by maintenance and reservation", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/segments/:seg/hosts`, () => HttpResponse.json({ hosts: [host("h1")] })));
    const found = await facade.listHosts({ failover_segment_id: SEG, on_maintenance: false, reserved: false });
    expect(found.map((h) => h.failover_segment?.uuid)).toEqual([SEG]);
    expect(sent(seen[0]!)).toBe(`GET segments/${SEG}/hosts?on_maintenance=false&reserved=false`);
  });
});

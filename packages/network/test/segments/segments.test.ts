import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, noContent, sent } from "../fixtures.js";
import { segmentBody, vxlanSegmentBody } from "./fixtures.js";

const { server, setup } = networkCloud();

describe("segments", () => {
  it("creates a segment of a network, lists the network's segments, names it and deletes it", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/segments`, () => HttpResponse.json({ segment: segmentBody }, { status: 201 })),
      http.get(`${API}/segments`, () => HttpResponse.json({ segments: [segmentBody, vxlanSegmentBody] })),
      http.put(`${API}/segments/:id`, () =>
        HttpResponse.json({ segment: { ...segmentBody, name: "1", description: "Segment One" } }),
      ),
      http.delete(`${API}/segments/:id`, () => noContent()),
    );
    const request = {
      network_id: segmentBody.network_id,
      segmentation_id: 2000,
      network_type: "vlan",
      physical_network: "segment-1",
    };
    const created = await facade.createSegment(request);
    expect(created.name).toBeNull();
    const listed = await facade.listSegments({ network_id: segmentBody.network_id, network_type: "vxlan" });
    expect(listed[1]?.physical_network).toBeNull();
    expect((await facade.updateSegment(created, { name: "1", description: "Segment One" })).name).toBe("1");
    await facade.deleteSegment(created);
    expect(seen.map(sent)).toEqual([
      "POST /v2.0/segments",
      `GET /v2.0/segments?network_id=${segmentBody.network_id}&network_type=vxlan`,
      `PUT /v2.0/segments/${segmentBody.id}`,
      `DELETE /v2.0/segments/${segmentBody.id}`,
    ]);
    expect(await bodyOf(seen[0]!)).toEqual({ segment: request });
  });

  it("fixes the network and the segmentation at create, and has no tags", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: the network type is required
    await expect(facade.createSegment({ network_id: "n1" })).rejects.toThrow(/needs 'network_type'/);
    // @ts-expect-error: the VLAN id cannot change
    await expect(facade.updateSegment("s1", { segmentation_id: 7 })).rejects.toThrow(/cannot be set/);
    // @ts-expect-error: segments are not taggable
    await expect(facade.listSegments({ tags: ["a"] })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });
});

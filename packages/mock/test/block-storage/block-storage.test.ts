import { describe, expect, it } from "vitest";
import { manualClock } from "../../src/cloud/clock.js";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

function setup() {
  const clock = manualClock();
  const cloud = mockCloud({ now: clock.now, delay: 500 });
  return { clock, cloud, admin: clientOf(cloud), base: `volume/v3/${cloud.ids.projects.admin}` };
}

describe("fake Cinder", () => {
  it("creates a volume (202) that is creating, then available; shows 3.x fields only at their microversion", async () => {
    const { clock, cloud, admin, base } = setup();
    const created = await admin.post(
      `${base}/volumes`,
      { volume: { size: 2, name: "data" } },
      { "OpenStack-API-Version": "volume 3.65" },
    );
    expect(created.status).toBe(202);
    expect(created.headers.get("openstack-api-version")).toBe("volume 3.65");
    expect(created.body.volume).toMatchObject({
      status: "creating",
      size: 2,
      name: "data",
      bootable: "false",
      consumes_quota: true,
    });
    clock.advance(500);
    const plain = (await admin.get(`${base}/volumes/${created.body.volume.id}`)).body.volume;
    expect(plain.status).toBe("available");
    expect(plain).not.toHaveProperty("consumes_quota");
    expect(plain.links[0]).toEqual({
      rel: "self",
      href: `${cloud.urls["block-storage"]}/v3/${cloud.ids.projects.admin}/volumes/${plain.id}`,
    });
  });

  it("lists summaries at /volumes and everything at /volumes/detail, newest first, filtered by metadata", async () => {
    const { admin, base } = setup();
    await admin.post(`${base}/volumes`, { volume: { size: 1, name: "a", metadata: { tier: "gold" } } });
    await admin.post(`${base}/volumes`, { volume: { size: 1, name: "b" } });
    const summary = (await admin.get(`${base}/volumes`)).body.volumes;
    expect(summary.map((v: { name: string }) => v.name)).toEqual(["b", "a"]);
    expect(Object.keys(summary[0]).sort()).toEqual(["id", "links", "name"]);
    const gold = await admin.get(
      `${base}/volumes/detail?metadata=${encodeURIComponent(JSON.stringify({ tier: "gold" }))}`,
    );
    expect(gold.body.volumes.map((v: { name: string }) => v.name)).toEqual(["a"]);
  });

  it("snapshots an available volume, and refuses to delete the volume while the snapshot exists", async () => {
    const { clock, admin, base } = setup();
    const volume = (await admin.post(`${base}/volumes`, { volume: { size: 1 } })).body.volume;
    const early = await admin.post(`${base}/snapshots`, { snapshot: { volume_id: volume.id } });
    expect(early.body.badRequest.message).toBe(
      `Invalid volume: Volume ${volume.id} status must be available, but current status is: creating.`,
    );
    clock.advance(500);
    const snapshot = (await admin.post(`${base}/snapshots`, { snapshot: { volume_id: volume.id, name: "s" } })).body
      .snapshot;
    clock.advance(500);
    expect((await admin.get(`${base}/snapshots/${snapshot.id}`)).body.snapshot).toMatchObject({
      status: "available",
      size: 1,
      "os-extended-snapshot-attributes:progress": "100%",
    });
    const refused = await admin.delete(`${base}/volumes/${volume.id}`);
    expect(refused.status).toBe(400);
    expect(refused.body.badRequest.message).toMatch(/^Invalid volume: Volume status must be available or error/);
    expect((await admin.delete(`${base}/snapshots/${snapshot.id}`)).status).toBe(202);
    clock.advance(500);
    expect((await admin.delete(`${base}/volumes/${volume.id}`)).status).toBe(202);
    expect((await admin.get(`${base}/volumes/${volume.id}`)).body.volume.status).toBe("deleting");
    clock.advance(500);
    expect((await admin.get(`${base}/volumes/${volume.id}`)).body).toEqual({
      itemNotFound: { code: 404, message: `Volume ${volume.id} could not be found.` },
    });
  });

  it("extends an available volume through `extending`", async () => {
    const { clock, admin, base } = setup();
    const volume = (await admin.post(`${base}/volumes`, { volume: { size: 1 } })).body.volume;
    clock.advance(500);
    expect((await admin.post(`${base}/volumes/${volume.id}/action`, { "os-extend": { new_size: 3 } })).status).toBe(
      202,
    );
    expect((await admin.get(`${base}/volumes/${volume.id}`)).body.volume.status).toBe("extending");
    clock.advance(500);
    expect((await admin.get(`${base}/volumes/${volume.id}`)).body.volume).toMatchObject({
      status: "available",
      size: 3,
    });
  });
});

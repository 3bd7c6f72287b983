import { describe, expect, it } from "vitest";
import { manualClock } from "../../src/cloud/clock.js";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

async function offeredZone() {
  const clock = manualClock();
  const cloud = mockCloud({ now: clock.now, delay: 500 });
  const admin = clientOf(cloud);
  const demo = clientOf(cloud, "demo");
  const demoProject = cloud.state.projects.find((p) => p["name"] === "demo")!.id;
  const zone = (await admin.post("dns/v2/zones", { name: "a.org.", email: "h@a.org" })).body;
  clock.advance(500);
  const offer = await admin.post(`dns/v2/zones/${zone.id}/tasks/transfer_requests`, {
    target_project_id: demoProject,
    description: "to demo",
  });
  return { cloud, admin, demo, demoProject, zone, offer };
}

describe("fake Designate's zone transfers", () => {
  it("offers a zone to a project with a key; the owner sees all of it, the target a part", async () => {
    const { admin, demo, demoProject, zone, offer } = await offeredZone();
    expect([offer.status, offer.headers.get("location")]).toEqual([201, offer.body.links.self]);
    expect(offer.body).toMatchObject({
      zone_id: zone.id,
      zone_name: "a.org.",
      target_project_id: demoProject,
      status: "ACTIVE",
      description: "to demo",
    });
    expect(offer.body.key).toMatch(/^[A-Z0-9]{8}$/);
    const path = `dns/v2/zones/tasks/transfer_requests/${offer.body.id}`;
    const seen = (await demo.get(path)).body;
    expect(Object.keys(seen).sort()).toEqual(["description", "id", "links", "status", "zone_id", "zone_name"]);
    expect((await demo.get("dns/v2/zones/tasks/transfer_requests")).body.transfer_requests).toHaveLength(1);
    expect((await demo.patch(path, { description: "mine now" })).status).toBe(404);
    expect((await admin.patch(path, { description: "still to demo" })).body.description).toBe("still to demo");
    const twice = await admin.post(`dns/v2/zones/${zone.id}/tasks/transfer_requests`, {});
    expect([twice.status, twice.body.type]).toEqual([409, "duplicate_zone_transfer_request"]);
  });

  it("moves the zone and its recordsets to the project that accepts with the key", async () => {
    const { admin, demo, demoProject, zone, offer } = await offeredZone();
    const accepts = "dns/v2/zones/tasks/transfer_accepts";
    const wrong = await demo.post(accepts, { key: "WRONGKEY", zone_transfer_request_id: offer.body.id });
    expect([wrong.status, wrong.body.type, wrong.body.message]).toEqual([
      403,
      "invalid_key",
      "Key does not match stored key for request",
    ]);
    const accepted = await demo.post(accepts, { key: offer.body.key, zone_transfer_request_id: offer.body.id });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({
      key: offer.body.key,
      status: "COMPLETE",
      zone_id: zone.id,
      project_id: demoProject,
    });
    expect(accepted.body.links.zone).toMatch(new RegExp(`/v2/zones/${zone.id}$`));
    expect((await demo.get(`${accepts}/${accepted.body.id}`)).body).toMatchObject({ key: null, status: "COMPLETE" });

    expect((await demo.get(`dns/v2/zones/${zone.id}`)).body).toMatchObject({ project_id: demoProject, version: 2 });
    expect((await admin.get(`dns/v2/zones/${zone.id}`)).status).toBe(404);
    const records = (await demo.get(`dns/v2/zones/${zone.id}/recordsets`)).body.recordsets;
    expect(records.map((r: { project_id: string }) => r.project_id)).toEqual([demoProject, demoProject]);
    expect((await admin.get(`dns/v2/zones/tasks/transfer_requests/${offer.body.id}`)).body.status).toBe("COMPLETE");

    // listing accepts is an admin's call; an admin sees other projects' with all projects
    expect([(await demo.get(accepts)).status, (await demo.get(accepts)).body.type]).toEqual([403, "forbidden"]);
    expect((await admin.get(accepts)).body.transfer_accepts).toEqual([]);
    const all = (await admin.get(accepts, { "X-Auth-All-Projects": "true" })).body.transfer_accepts;
    expect(all.map((a: { id: string }) => a.id)).toEqual([accepted.body.id]);
    const again = await demo.post(accepts, { key: offer.body.key, zone_transfer_request_id: offer.body.id });
    expect(again.status).toBe(400);
  });

  it("hides a request from projects it is not offered to, and deletes it", async () => {
    const { cloud, admin, offer } = await offeredZone();
    const other = clientOf(cloud, "alt_demo");
    const path = `dns/v2/zones/tasks/transfer_requests/${offer.body.id}`;
    expect((await other.get(path)).body.type).toBe("zone_transfer_request_not_found");
    const taking = await other.post("dns/v2/zones/tasks/transfer_accepts", {
      key: offer.body.key,
      zone_transfer_request_id: offer.body.id,
    });
    expect(taking.status).toBe(404);
    expect((await admin.delete(path)).status).toBe(204);
    expect((await admin.get(path)).status).toBe(404);
  });
});

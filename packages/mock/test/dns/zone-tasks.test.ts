import { describe, expect, it } from "vitest";
import { manualClock } from "../../src/cloud/clock.js";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

function designate() {
  const clock = manualClock();
  const cloud = mockCloud({ now: clock.now, delay: 500 });
  return { cloud, clock, admin: clientOf(cloud), demo: clientOf(cloud, "demo") };
}

const ZONE_FILE = [
  "$ORIGIN imp.org.",
  "$TTL 3600",
  "@ IN SOA ns1.example.org. hostmaster.example.org. 1 3600 600 86400 3600",
  "@ IN NS ns1.example.org.",
  "app IN A 192.0.2.30",
].join("\n");

describe("fake Designate's zone exports", () => {
  it("exports a zone: PENDING, then COMPLETE with its location, and the zone file as text/dns", async () => {
    const { clock, admin, demo } = designate();
    const zone = (await admin.post("dns/v2/zones", { name: "a.org.", email: "h@a.org", ttl: 600 })).body;
    clock.advance(500);
    await admin.post(`dns/v2/zones/${zone.id}/recordsets`, { name: "www.a.org.", type: "A", records: ["192.0.2.1"] });
    const made = await admin.post(`dns/v2/zones/${zone.id}/tasks/export`, {});
    expect([made.status, made.headers.get("location")]).toEqual([202, made.body.links.self]);
    expect(made.body).toMatchObject({ status: "PENDING", location: null, zone_id: zone.id, version: 1 });
    const early = await admin.get(`dns/v2/zones/tasks/exports/${made.body.id}/export`);
    expect([early.status, early.body.message]).toEqual([400, "Zone can not be exported synchronously"]);

    clock.advance(500);
    const done = (await admin.get(`dns/v2/zones/tasks/exports/${made.body.id}`)).body;
    expect(done).toMatchObject({
      status: "COMPLETE",
      version: 2,
      location: `designate://v2/zones/tasks/exports/${made.body.id}/export`,
    });
    expect(done.links.export).toBe(`${done.links.self}/export`);
    const file = await admin.get(`dns/v2/zones/tasks/exports/${made.body.id}/export`);
    expect(file.headers.get("content-type")).toBe("text/dns; charset=UTF-8");
    expect(file.text).toMatch(/^\$ORIGIN a\.org\.\n\$TTL 600\n\na\.org\. {2}IN SOA ns1\.example\.org\. h\.a\.org\. /);
    expect(file.text).toContain("\nwww.a.org.  IN A 192.0.2.1\n");

    expect((await admin.get(`dns/v2/zones/tasks/exports?zone_id=${zone.id}`)).body.exports).toHaveLength(1);
    expect((await demo.get(`dns/v2/zones/tasks/exports/${made.body.id}`)).body.type).toBe("zone_export_not_found");
    expect((await admin.delete(`dns/v2/zones/tasks/exports/${made.body.id}`)).status).toBe(204);
    expect((await admin.get(`dns/v2/zones/tasks/exports/${made.body.id}`)).status).toBe(404);
  });

  it("exports only zones the caller sees", async () => {
    const { admin, demo } = designate();
    const zone = (await admin.post("dns/v2/zones", { name: "a.org.", email: "h@a.org" })).body;
    const refused = await demo.post(`dns/v2/zones/${zone.id}/tasks/export`, {});
    expect([refused.status, refused.body.type]).toEqual([404, "zone_not_found"]);
  });
});

describe("fake Designate's zone imports", () => {
  it("imports a zone file: the task COMPLETEs with the zone, which holds the file's records", async () => {
    const { clock, admin } = designate();
    const made = await admin.post("dns/v2/zones/tasks/imports", ZONE_FILE, { "Content-Type": "text/dns" });
    expect([made.status, made.headers.get("location")]).toEqual([202, made.body.links.self]);
    expect(made.body).toMatchObject({ status: "PENDING", zone_id: null, message: null });
    clock.advance(500);
    const done = (await admin.get(`dns/v2/zones/tasks/imports/${made.body.id}`)).body;
    expect(done).toMatchObject({ status: "COMPLETE", message: "imp.org. imported", version: 2 });
    expect(done.links.zone).toMatch(new RegExp(`/v2/zones/${done.zone_id}$`));
    const zone = (await admin.get(`dns/v2/zones/${done.zone_id}`)).body;
    expect(zone).toMatchObject({ name: "imp.org.", email: "hostmaster@example.org", serial: 1, ttl: 3600 });
    const records = (await admin.get(`dns/v2/zones/${zone.id}/recordsets`)).body.recordsets;
    expect(records.map((r: { name: string; type: string }) => `${r.name} ${r.type}`).sort()).toEqual([
      "app.imp.org. A",
      "imp.org. NS",
      "imp.org. SOA",
    ]);
    clock.advance(500);
    expect((await admin.get(`dns/v2/zones/${zone.id}`)).body.status).toBe("ACTIVE");
  });

  it("ends in ERROR with Designate's message for a bad file or a taken name, and wants text/dns", async () => {
    const { clock, admin } = designate();
    await admin.post("dns/v2/zones", { name: "imp.org.", email: "h@imp.org" });
    const garbage = (await admin.post("dns/v2/zones/tasks/imports", "garbage", { "Content-Type": "text/dns" })).body;
    const taken = (await admin.post("dns/v2/zones/tasks/imports", ZONE_FILE, { "Content-Type": "text/dns" })).body;
    clock.advance(500);
    const list = (await admin.get("dns/v2/zones/tasks/imports?status=ERROR")).body;
    const byId = Object.fromEntries(list.imports.map((t: { id: string; message: string }) => [t.id, t.message]));
    expect(byId).toEqual({
      [garbage.id]: "The $ORIGIN statement is required and must be the first statement in the zonefile.",
      [taken.id]: "Duplicate zone.",
    });
    const json = await admin.post("dns/v2/zones/tasks/imports", { zonefile: ZONE_FILE });
    expect([json.status, json.body.type]).toEqual([415, "unsupported_content_type"]);
  });
});

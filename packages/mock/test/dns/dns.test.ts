import { describe, expect, it } from "vitest";
import { manualClock } from "../../src/cloud/clock.js";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

function designate() {
  const clock = manualClock();
  const cloud = mockCloud({ now: clock.now, delay: 500 });
  return { cloud, clock, admin: clientOf(cloud), demo: clientOf(cloud, "demo") };
}

describe("fake Designate", () => {
  it("is in the catalog at /dns, with Designate's root document", async () => {
    const { cloud, admin } = designate();
    expect(cloud.urls.dns).toBe(`${cloud.baseUrl}/dns`);
    const root = await admin.get("dns");
    expect(root.body.versions.map((v: { id: string }) => v.id)).toEqual(["v2", "v2.0"]);
  });

  it("makes a zone PENDING, then ACTIVE after the delay, with its SOA and NS recordsets", async () => {
    const { clock, admin } = designate();
    const made = await admin.post("dns/v2/zones", { name: "example.org.", email: "h@example.org", ttl: 600 });
    expect(made.status).toBe(202);
    expect(made.body).toMatchObject({ name: "example.org.", status: "PENDING", action: "CREATE", type: "PRIMARY" });
    clock.advance(500);
    const zone = (await admin.get(`dns/v2/zones/${made.body.id}`)).body;
    expect(zone).toMatchObject({ status: "ACTIVE", action: "NONE" });
    const apex = (await admin.get(`dns/v2/zones/${zone.id}/recordsets`)).body.recordsets;
    expect(apex.map((r: { type: string }) => r.type).sort()).toEqual(["NS", "SOA"]);
  });

  it("changes recordsets asynchronously, moving the zone's serial, and deletes zones later", async () => {
    const { clock, admin } = designate();
    const zone = (await admin.post("dns/v2/zones", { name: "a.org.", email: "h@a.org" })).body;
    clock.advance(500);
    const path = `dns/v2/zones/${zone.id}/recordsets`;
    const rs = (await admin.post(path, { name: "www.a.org.", type: "A", records: ["192.0.2.1"] })).body;
    expect(rs.status).toBe("PENDING");
    expect((await admin.get(`dns/v2/zones/${zone.id}`)).body).toMatchObject({
      status: "PENDING",
      serial: zone.serial + 1,
    });
    clock.advance(500);
    expect((await admin.get(`${path}/${rs.id}`)).body.status).toBe("ACTIVE");
    const put = await admin.put(`${path}/${rs.id}`, { records: ["192.0.2.2"] });
    expect([put.status, put.body.records, put.body.status]).toEqual([202, ["192.0.2.2"], "PENDING"]);
    expect((await admin.get(`${path}?data=192.0.2.2`)).body.recordsets.map((r: { id: string }) => r.id)).toEqual([
      rs.id,
    ]);
    expect((await admin.post(path, { name: "www.b.org.", type: "A", records: ["192.0.2.3"] })).status).toBe(400);

    expect((await admin.delete(`dns/v2/zones/${zone.id}`)).status).toBe(202);
    expect((await admin.get(`dns/v2/zones/${zone.id}`)).body).toMatchObject({ status: "PENDING", action: "DELETE" });
    clock.advance(500);
    const gone = await admin.get(`dns/v2/zones/${zone.id}`);
    expect([gone.status, gone.body.type]).toEqual([404, "zone_not_found"]);
  });

  it("pages with links.next, and keeps each project's zones its own", async () => {
    const { admin, demo } = designate();
    for (const name of ["a.org.", "b.org.", "c.org."]) await admin.post("dns/v2/zones", { name, email: "h@x.org" });
    await demo.post("dns/v2/zones", { name: "demo.org.", email: "h@x.org" });
    const first = (await admin.get("dns/v2/zones?limit=2")).body;
    expect(first.zones).toHaveLength(2);
    expect(first.metadata.total_count).toBe(3);
    const next = new URL(first.links.next);
    const second = (await admin.get(`dns/v2/zones${next.search}`)).body;
    expect(second.zones).toHaveLength(1);
    expect(second.links.next).toBeUndefined();
    expect((await demo.get("dns/v2/zones")).body.zones.map((z: { name: string }) => z.name)).toEqual(["demo.org."]);
    const refused = await admin.get("dns/v2/zones?owner=x");
    expect([refused.status, refused.body.type, refused.body.message]).toEqual([
      400,
      "bad_request",
      "Invalid filters owner",
    ]);
    const badLimit = await admin.get("dns/v2/zones?limit=abc");
    expect([badLimit.status, badLimit.body.type]).toEqual([400, "invalid_limit"]);
    const badMarker = await admin.get(`dns/v2/zones?marker=${first.zones[0].id}x`);
    expect([badMarker.status, badMarker.body.type]).toEqual([400, "marker_not_found"]);
  });

  it("shows an admin other projects' zones only with X-Auth-All-Projects, by list and by id", async () => {
    const { admin, demo } = designate();
    const theirs = (await demo.post("dns/v2/zones", { name: "demo.org.", email: "h@x.org" })).body;
    expect((await admin.get("dns/v2/zones")).body.zones).toEqual([]);
    const hidden = await admin.get(`dns/v2/zones/${theirs.id}`);
    expect([hidden.status, hidden.body.type, hidden.body.message]).toEqual([
      404,
      "zone_not_found",
      "Could not find Zone",
    ]);
    const all = { "X-Auth-All-Projects": "true" };
    expect((await admin.get("dns/v2/zones", all)).body.zones.map((z: { id: string }) => z.id)).toEqual([theirs.id]);
    expect((await admin.get(`dns/v2/zones/${theirs.id}`, all)).body.project_id).toBe(theirs.project_id);
    // from a non-admin, Designate's policy refuses either header with a bare 403
    const mine = (await admin.post("dns/v2/zones", { name: "admin.org.", email: "h@x.org" })).body;
    for (const header of [all, { "X-Auth-Sudo-Project-Id": mine.project_id }]) {
      const refused = await demo.get("dns/v2/zones", header);
      expect([refused.status, refused.text]).toEqual([403, ""]);
    }
  });

  it("lets an admin act as another project with X-Auth-Sudo-Project-Id: its zones only, and made as its own", async () => {
    const { cloud, admin, demo } = designate();
    const demoProject = cloud.state.projects.find((p) => p["name"] === "demo")!.id;
    await admin.post("dns/v2/zones", { name: "admin.org.", email: "h@x.org" });
    const theirs = (await demo.post("dns/v2/zones", { name: "demo.org.", email: "h@x.org" })).body;
    const sudo = { "X-Auth-Sudo-Project-Id": demoProject };
    expect((await admin.get("dns/v2/zones", sudo)).body.zones.map((z: { id: string }) => z.id)).toEqual([theirs.id]);
    const made = (await admin.send("POST", "dns/v2/zones", { name: "made.org.", email: "h@x.org" }, sudo)).body;
    expect(made.project_id).toBe(demoProject);
    expect((await demo.get(`dns/v2/zones/${made.id}`)).status).toBe(200);
    expect((await admin.get(`dns/v2/zones/${made.id}`)).status).toBe(404);
  });

  it("sorts as Designate does: by creation unless asked, ascending unless told", async () => {
    const { admin } = designate();
    for (const name of ["b.org.", "a.org.", "c.org."]) await admin.post("dns/v2/zones", { name, email: "h@x.org" });
    const names = async (query: string) =>
      (await admin.get(`dns/v2/zones${query}`)).body.zones.map((z: { name: string }) => z.name);
    expect(await names("")).toEqual(["b.org.", "a.org.", "c.org."]);
    expect(await names("?sort_key=name")).toEqual(["a.org.", "b.org.", "c.org."]);
    expect(await names("?sort_key=name&sort_dir=desc")).toEqual(["c.org.", "b.org.", "a.org."]);
  });

  it("refuses a taken name with 409, and answers a create's Location and a delete's object", async () => {
    const { admin } = designate();
    const made = await admin.post("dns/v2/zones", { name: "a.org.", email: "h@a.org" });
    expect(made.headers.get("location")).toBe(made.body.links.self);
    const again = await admin.post("dns/v2/zones", { name: "a.org.", email: "h@a.org" });
    expect([again.status, again.body]).toMatchObject([
      409,
      { code: 409, type: "duplicate_zone", message: "Duplicate Zone" },
    ]);
    const path = `dns/v2/zones/${made.body.id}/recordsets`;
    const rs = await admin.post(path, { name: "www.a.org.", type: "A", records: ["192.0.2.1"] });
    expect(rs.headers.get("location")).toBe(rs.body.links.self);
    const twice = await admin.post(path, { name: "www.a.org.", type: "A", records: ["192.0.2.9"] });
    expect([twice.status, twice.body.type]).toEqual([409, "duplicate_recordset"]);
    const dropped = await admin.delete(`${path}/${rs.body.id}`);
    expect([dropped.status, dropped.body]).toMatchObject([
      202,
      { id: rs.body.id, status: "PENDING", action: "DELETE", version: 2 },
    ]);
    const gone = await admin.delete(`dns/v2/zones/${made.body.id}`);
    expect([gone.status, gone.body]).toMatchObject([202, { id: made.body.id, status: "PENDING", action: "DELETE" }]);
  });

  it("lists recordsets across zones at /v2/recordsets, each project its own, paged", async () => {
    const { clock, admin, demo } = designate();
    const a = (await admin.post("dns/v2/zones", { name: "a.org.", email: "h@a.org" })).body;
    await demo.post("dns/v2/zones", { name: "d.org.", email: "h@d.org" });
    clock.advance(500);
    await admin.post(`dns/v2/zones/${a.id}/recordsets`, { name: "www.a.org.", type: "A", records: ["192.0.2.1"] });
    const all = (await admin.get("dns/v2/recordsets")).body;
    expect(all.recordsets.map((r: { name: string; type: string }) => `${r.name} ${r.type}`).sort()).toEqual([
      "a.org. NS",
      "a.org. SOA",
      "www.a.org. A",
    ]);
    expect(all.metadata.total_count).toBe(3);
    const first = (await admin.get("dns/v2/recordsets?limit=2")).body;
    expect([first.recordsets.length, first.metadata.total_count]).toEqual([2, 3]);
    const rest = (await admin.get(`dns/v2/recordsets${new URL(first.links.next).search}`)).body;
    expect(rest.recordsets).toHaveLength(1);
    expect(
      (await admin.get("dns/v2/recordsets?type=A")).body.recordsets.map((r: { zone_id: string }) => r.zone_id),
    ).toEqual([a.id]);
    expect(
      (await demo.get("dns/v2/recordsets")).body.recordsets.every(
        (r: { zone_name: string }) => r.zone_name === "d.org.",
      ),
    ).toBe(true);
  });
});

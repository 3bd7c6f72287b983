// Designate's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): a zone PENDING → ACTIVE, recordsets made, paged by links.next, found,
// changed and deleted in a zone and across zones, an export's zone file, an import, a
// transfer to the demo project, the project headers, and deletion through PENDING DELETE,
// with Designate's errors.
import { ConflictError, Connection, type dns, ForbiddenError, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, demo, recordingFetch, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const demoConn = new Connection(demo);
const wait = { interval: 250, timeout: 90_000 };
const ACTIVE = { status: "ACTIVE", ...wait } as const;
const COMPLETE = { status: "COMPLETE", ...wait } as const;
/** Zones to delete at the end, by id, with the connection of the project that holds them then. */
const cleanup: { id: string; as: Connection }[] = [];
afterAll(async () => {
  for (const { id, as } of cleanup.reverse()) await as.dns.deleteZone(id);
});

const zoneName = (what: string) => `${uniqueName(what)}.example.org.`;
let zone: dns.Zone;
beforeAll(async () => {
  const created = await conn.dns.createZone({ name: zoneName("mzone"), email: "hostmaster@example.org", ttl: 3600 });
  cleanup.push({ id: created.id, as: conn });
  expect(created).toMatchObject({ status: "PENDING", action: "CREATE", type: "PRIMARY" });
  zone = await conn.dns.waitForZone(created, ACTIVE);
});

describe("zones", () => {
  it("goes ACTIVE after PENDING; is read, found, updated with a new serial, and a taken name is refused", async () => {
    expect(zone).toMatchObject({ status: "ACTIVE", action: "NONE", ttl: 3600, email: "hostmaster@example.org" });
    expect((await conn.dns.getZone(zone.id)).name).toBe(zone.name);
    expect((await conn.dns.findZone(zone.name))?.id).toBe(zone.id);
    expect(await conn.dns.findZone(zoneName("absent"))).toBeNull();
    const updated = await conn.dns.updateZone(zone, { ttl: 600, description: "changed" });
    expect(updated).toMatchObject({ ttl: 600, description: "changed", status: "PENDING", action: "UPDATE" });
    const active = await conn.dns.waitForZone(zone, ACTIVE);
    expect(active.serial).toBeGreaterThan(zone.serial!);
    const taken = conn.dns.createZone({ name: zone.name, email: "hostmaster@example.org" });
    await expect(taken).rejects.toBeInstanceOf(ConflictError);
    await expect(taken).rejects.toThrow("Duplicate Zone");
    await expect(conn.dns.getZone("00000000-0000-0000-0000-000000000000")).rejects.toThrow("Could not find Zone");
  });
});

describe("recordsets", () => {
  it("are made PENDING → ACTIVE, paged by links.next, found, changed and deleted, in a zone and across zones", async () => {
    const made: dns.Recordset[] = [];
    for (const host of ["a", "b", "c"])
      made.push(
        await conn.dns.createRecordset({
          zone_id: zone,
          name: `${host}.${zone.name}`,
          type: "A",
          records: ["192.0.2.1"],
        }),
      );
    expect(made[0]).toMatchObject({ status: "PENDING", action: "CREATE", zone_id: zone.id, zone_name: zone.name });
    for (const rs of made) await conn.dns.waitForRecordset(rs, ACTIVE);
    await expect(
      conn.dns.createRecordset({ zone_id: zone, name: `a.${zone.name}`, type: "A", records: ["192.0.2.9"] }),
    ).rejects.toThrow("Duplicate RecordSet");

    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, fetch: recorder.fetch });
    const pages: string[][] = [];
    for await (const page of counted.dns.listRecordsets({ zone_id: zone, type: "A", limit: 1 }).pages())
      pages.push(page.map((r) => r.id));
    expect(pages.flat().sort()).toEqual(made.map((r) => r.id).sort());
    expect(pages.every((page) => page.length <= 1)).toBe(true);
    expect(recorder.count("GET", /\/recordsets\?.*marker=/)).toBeGreaterThanOrEqual(2);

    const b = made[1]!;
    expect((await conn.dns.findRecordset(b.name, { zone_id: zone.id }))?.id).toBe(b.id);
    expect((await conn.dns.listAllRecordsets({ name: b.name })).map((r) => r.id)).toEqual([b.id]);
    const apex = await conn.dns.listAllRecordsets({ name: zone.name });
    expect(apex.map((r) => r.type).sort()).toEqual(["NS", "SOA"]);

    const changed = await conn.dns.updateRecordset(b, { records: ["192.0.2.2", "192.0.2.3"], ttl: 300 });
    expect(changed).toMatchObject({ status: "PENDING", action: "UPDATE", ttl: 300 });
    expect((await conn.dns.waitForRecordset(b, ACTIVE)).records.sort()).toEqual(["192.0.2.2", "192.0.2.3"]);
    expect((await conn.dns.listRecordsets({ zone_id: zone, data: "192.0.2.3" })).map((r) => r.id)).toEqual([b.id]);

    const c = made[2]!;
    await conn.dns.deleteRecordset(c);
    await conn.dns.waitForDeleteRecordset(c, wait);
    await expect(conn.dns.getRecordset(c.id, { zone_id: zone.id })).rejects.toThrow("Could not find RecordSet");
    await conn.dns.waitForZone(zone, ACTIVE);
  });
});

describe("exports and imports", () => {
  it("exports the zone: the task COMPLETEs and its text is the zone file", async () => {
    const task = await conn.dns.createZoneExport({ zone });
    expect(task).toMatchObject({ status: "PENDING", zone_id: zone.id, location: null });
    const done = await conn.dns.waitForZoneExport(task, COMPLETE);
    expect(done.location).toBe(`designate://v2/zones/tasks/exports/${task.id}/export`);
    const text = await conn.dns.getZoneExportText(task);
    expect(text).toMatch(new RegExp(`^\\$ORIGIN ${zone.name.replaceAll(".", "\\.")}\\n\\$TTL 600\\n`));
    expect(text).toMatch(new RegExp(`\\nb\\.${zone.name.replaceAll(".", "\\.")} 300 IN A 192\\.0\\.2\\.[23]\\n`));
    expect((await conn.dns.listZoneExports({ zone_id: zone.id })).map((e) => e.id)).toEqual([task.id]);
    await conn.dns.deleteZoneExport(task);
    await expect(conn.dns.getZoneExport(task.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("imports a zone file: the task COMPLETEs with a zone that holds its records", async () => {
    const name = zoneName("mimport");
    const zonefile = [
      `$ORIGIN ${name}`,
      "$TTL 3600",
      "@ IN SOA ns1.example.org. hostmaster.example.org. 1 3600 600 86400 3600",
      "@ IN NS ns1.example.org.",
      "app IN A 192.0.2.30",
    ].join("\n");
    const task = await conn.dns.createZoneImport({ zonefile });
    expect(task).toMatchObject({ status: "PENDING", zone_id: null });
    const done = await conn.dns.waitForZoneImport(task, COMPLETE);
    expect(done.message).toBe(`${name} imported`);
    cleanup.push({ id: done.zone_id!, as: conn });
    const imported = await conn.dns.waitForZone(done.zone_id!, ACTIVE);
    expect(imported).toMatchObject({ name, email: "hostmaster@example.org" });
    const records = await conn.dns.listRecordsets({ zone_id: imported.id, type: "A" });
    expect(records.map((r) => [r.name, r.records])).toEqual([[`app.${name}`, ["192.0.2.30"]]]);
    await conn.dns.deleteZoneImport(task);
  });
});

describe("transfers and deletion", () => {
  it("gives a zone to the demo project, which accepts with the key; the admin no longer sees it", async () => {
    const demoProject = (await demoConn.currentProjectId)!;
    const given = await conn.dns.waitForZone(
      await conn.dns.createZone({ name: zoneName("mxfer"), email: "hostmaster@example.org" }),
      ACTIVE,
    );
    cleanup.push({ id: given.id, as: demoConn });
    const offer = await conn.dns.createZoneTransferRequest({ zone: given, target_project_id: demoProject });
    expect(offer).toMatchObject({ zone_id: given.id, zone_name: given.name, status: "ACTIVE" });
    expect(offer.key).toMatch(/^[A-Z0-9]{8}$/);
    const seen = await demoConn.dns.getZoneTransferRequest(offer.id);
    expect([seen.zone_name, seen.key]).toEqual([given.name, undefined]);
    await expect(
      demoConn.dns.createZoneTransferAccept({ key: "WRONGKEY", zone_transfer_request_id: offer.id }),
    ).rejects.toThrow("Key does not match stored key for request");

    const accept = await demoConn.dns.createZoneTransferAccept({ key: offer.key!, zone_transfer_request_id: offer.id });
    const done = await demoConn.dns.waitForZoneTransferAccept(accept, COMPLETE);
    expect(done).toMatchObject({ zone_id: given.id, project_id: demoProject, key: null });
    expect((await demoConn.dns.getZone(given.id)).project_id).toBe(demoProject);
    await expect(conn.dns.getZone(given.id)).rejects.toBeInstanceOf(NotFoundError);
    const everyone = conn.dns.withProjectScope({ allProjects: true });
    expect((await everyone.getZone(given.id)).project_id).toBe(demoProject);
    expect((await conn.dns.getZoneTransferRequest(offer.id)).status).toBe("COMPLETE");
  });

  it("lets an admin act as demo (sudo) and see every project (all projects); refuses both headers to demo", async () => {
    const demoProject = (await demoConn.currentProjectId)!;
    const theirs = await demoConn.dns.createZone({ name: zoneName("mscope"), email: "hostmaster@example.org" });
    cleanup.push({ id: theirs.id, as: demoConn });
    expect(await conn.dns.listZones({ name: theirs.name })).toEqual([]);
    const asDemo = conn.dns.withProjectScope({ sudoProjectId: demoProject });
    expect((await asDemo.listZones({ name: theirs.name })).map((z) => z.id)).toEqual([theirs.id]);
    expect((await asDemo.listZones()).every((z) => z.project_id === demoProject)).toBe(true);
    const everyone = conn.dns.withProjectScope({ allProjects: true });
    expect((await everyone.getZone(theirs.id)).project_id).toBe(demoProject);
    await expect(demoConn.dns.withProjectScope({ allProjects: true }).listZones()).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("deletes a zone through PENDING DELETE; then it is gone", async () => {
    const doomed = await conn.dns.waitForZone(
      await conn.dns.createZone({ name: zoneName("mgone"), email: "hostmaster@example.org" }),
      ACTIVE,
    );
    await conn.dns.deleteZone(doomed);
    expect(await conn.dns.getZone(doomed.id).catch((error: Error) => error)).toSatisfy(
      (answer) => answer instanceof NotFoundError || (answer as dns.Zone).action === "DELETE",
    );
    await conn.dns.waitForDeleteZone(doomed, wait);
    await expect(conn.dns.getZone(doomed.id)).rejects.toBeInstanceOf(NotFoundError);
    await conn.dns.deleteZone(doomed); // already gone: ignored by default
  });
});

// Designate on the real service: zones and recordsets go ACTIVE only once the pool's BIND 9
// (e2e/cloud/services/designate.sh: 127.0.0.1:5322) serves them, so each wait here is proven
// by asking that BIND with dig. Then exports and imports with their zone files, and paging
// (openstacksdk's view of the same zones and recordsets: sdk-parity.test.ts).
import { execFileSync } from "node:child_process";
import { Connection } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const later = undoLater();
const ACTIVE = { status: "ACTIVE", interval: 500, timeout: 90_000 } as const;
const COMPLETE = { status: "COMPLETE", interval: 500, timeout: 90_000 } as const;

/** What the pool's BIND 9 answers for a name and type: the answer section's data, sorted. */
function dig(name: string, type: string): string[] {
  const out = execFileSync("dig", ["+short", "+time=2", "+tries=2", "@127.0.0.1", "-p", "5322", name, type]);
  return out.toString().trim().split("\n").filter(Boolean).sort();
}

/** A fresh zone name under example.org (no TLDs are configured, so any name is allowed). */
const zoneName = (what: string) => `${uniqueName(what)}.example.org.`;

async function activeZone(what: string, extra: { ttl?: number; description?: string } = {}) {
  const created = await conn.dns.createZone({ name: zoneName(what), email: "hostmaster@example.org", ...extra });
  later(`zone ${created.name}`, () => conn.dns.deleteZone(created));
  expect(created.status).toBe("PENDING");
  return conn.dns.waitForZone(created, ACTIVE);
}

describe("zones on the real Designate", () => {
  it("creates a zone that goes ACTIVE when BIND serves it; gets, finds, updates, lists its nameservers", async () => {
    const zone = await activeZone("zone", { ttl: 3600, description: "made by e2e" });
    expect(zone).toMatchObject({ type: "PRIMARY", ttl: 3600, description: "made by e2e", action: "NONE" });
    expect(dig(zone.name, "SOA")[0]).toMatch(
      new RegExp(`^ns1\\.example\\.org\\. hostmaster\\.example\\.org\\. ${zone.serial} `),
    );
    expect(dig(zone.name, "NS")).toEqual(["ns1.example.org."]);

    expect((await conn.dns.getZone(zone.id)).name).toBe(zone.name);
    expect((await conn.dns.findZone(zone.name))?.id).toBe(zone.id);
    expect(await conn.dns.findZone(zoneName("absent"))).toBeNull();
    expect(await conn.dns.getZoneNameservers({ zone })).toEqual([{ hostname: "ns1.example.org.", priority: 1 }]);

    const updated = await conn.dns.updateZone(zone, { ttl: 600, description: "changed" });
    expect(updated).toMatchObject({ ttl: 600, description: "changed" });
    const active = await conn.dns.waitForZone(zone, ACTIVE);
    expect(active.serial).toBeGreaterThan(zone.serial!);
    // the new serial is what BIND serves: the update reached the nameserver
    expect(dig(zone.name, "SOA")[0]).toContain(` ${active.serial} `);
  });

  it("lists zones across pages (links.next) and by filter", async () => {
    const a = await activeZone("page");
    const b = await activeZone("page");
    const pages: string[][] = [];
    for await (const page of conn.dns.listZones({ limit: 1 }).pages()) pages.push(page.map((z) => z.id));
    expect(pages.every((page) => page.length === 1)).toBe(true);
    const seen = pages.flat();
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(new Set(seen).size).toBe(seen.length);
    expect((await conn.dns.listZones({ name: a.name })).map((z) => z.id)).toEqual([a.id]);
    expect(
      (await conn.dns.listZones({ status: "ACTIVE", sort_key: "name", sort_dir: "desc" })).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it("deletes a zone: BIND stops serving it and the API answers 404", async () => {
    const zone = await activeZone("gone");
    await conn.dns.deleteZone(zone);
    await conn.dns.waitForDeleteZone(zone, { interval: 500, timeout: 90_000 });
    expect(dig(zone.name, "SOA")).toEqual([]);
    await conn.dns.deleteZone(zone); // already gone: ignored by default
  });
});

describe("recordsets on the real Designate", () => {
  it("creates, waits, reads, updates and deletes a recordset, and dig follows each step", async () => {
    const zone = await activeZone("rs");
    const name = `www.${zone.name}`;
    const created = await conn.dns.createRecordset({
      zone_id: zone,
      name,
      type: "A",
      records: ["192.0.2.10"],
      ttl: 300,
    });
    expect(created).toMatchObject({ zone_id: zone.id, name, type: "A", status: "PENDING" });
    const rs = await conn.dns.waitForRecordset(created, ACTIVE);
    expect(dig(name, "A")).toEqual(["192.0.2.10"]);

    expect((await conn.dns.getRecordset(rs.id, { zone_id: zone.id })).records).toEqual(["192.0.2.10"]);
    expect((await conn.dns.findRecordset(name, { zone_id: zone.id }))?.id).toBe(rs.id);
    expect((await conn.dns.listRecordsets({ zone_id: zone, type: "A" })).map((r) => r.id)).toEqual([rs.id]);
    expect((await conn.dns.listRecordsets({ zone_id: zone, data: "192.0.2.10" })).map((r) => r.id)).toEqual([rs.id]);
    // across zones: by name, ours alone; the zone's own SOA and NS are there too
    expect((await conn.dns.listAllRecordsets({ name })).map((r) => r.id)).toEqual([rs.id]);
    const apex = await conn.dns.listAllRecordsets({ name: zone.name });
    expect(apex.map((r) => `${r.zone_id} ${r.type}`).sort()).toEqual([`${zone.id} NS`, `${zone.id} SOA`]);

    await conn.dns.updateRecordset(rs, { records: ["192.0.2.11", "192.0.2.12"], description: "two" });
    await conn.dns.waitForRecordset(rs, ACTIVE);
    expect(dig(name, "A")).toEqual(["192.0.2.11", "192.0.2.12"]);

    await conn.dns.deleteRecordset(rs);
    await conn.dns.waitForDeleteRecordset(rs, { interval: 500, timeout: 90_000 });
    // the zone's serial moves when the deletion has reached BIND
    await conn.dns.waitForZone(zone, ACTIVE);
    expect(dig(name, "A")).toEqual([]);
  });

  it("serves MX, TXT and CNAME records as given", async () => {
    const zone = await activeZone("types");
    const made = await Promise.all([
      conn.dns.createRecordset({ zone_id: zone, name: zone.name, type: "MX", records: [`10 mail.${zone.name}`] }),
      conn.dns.createRecordset({ zone_id: zone, name: `txt.${zone.name}`, type: "TXT", records: ['"hello e2e"'] }),
      conn.dns.createRecordset({
        zone_id: zone,
        name: `alias.${zone.name}`,
        type: "CNAME",
        records: [`www.${zone.name}`],
      }),
    ]);
    for (const rs of made) await conn.dns.waitForRecordset(rs, ACTIVE);
    expect(dig(zone.name, "MX")).toEqual([`10 mail.${zone.name}`]);
    expect(dig(`txt.${zone.name}`, "TXT")).toEqual(['"hello e2e"']);
    expect(dig(`alias.${zone.name}`, "CNAME")).toEqual([`www.${zone.name}`]);
  });
});

describe("zone exports and imports on the real Designate", () => {
  it("exports a zone to a zone file with its records", async () => {
    const zone = await activeZone("export");
    const rs = await conn.dns.createRecordset({
      zone_id: zone,
      name: `host.${zone.name}`,
      type: "A",
      records: ["192.0.2.20"],
    });
    await conn.dns.waitForRecordset(rs, ACTIVE);
    const task = await conn.dns.createZoneExport({ zone });
    later(`export ${task.id}`, () => conn.dns.deleteZoneExport(task));
    expect(task.zone_id).toBe(zone.id);
    const done = await conn.dns.waitForZoneExport(task, COMPLETE);
    expect(done.location).toContain(`/v2/zones/tasks/exports/${task.id}/export`);
    const text = await conn.dns.getZoneExportText(task);
    expect(text).toContain(`$ORIGIN ${zone.name}`);
    expect(text).toMatch(new RegExp(`host\\.${zone.name.replaceAll(".", "\\.")}\\s+IN A\\s+192\\.0\\.2\\.20`));
    expect((await conn.dns.listZoneExports({ zone_id: zone.id })).map((e) => e.id)).toEqual([task.id]);
  });

  it("imports a zone file: the zone and its records are made, and BIND serves them", async () => {
    const name = zoneName("import");
    const zonefile = [
      `$ORIGIN ${name}`,
      "$TTL 3600",
      `@ IN SOA ns1.example.org. hostmaster.example.org. 1 3600 600 86400 3600`,
      "@ IN NS ns1.example.org.",
      "app IN A 192.0.2.30",
    ].join("\n");
    const task = await conn.dns.createZoneImport({ zonefile });
    later(`import ${task.id}`, () => conn.dns.deleteZoneImport(task));
    const done = await conn.dns.waitForZoneImport(task, COMPLETE);
    expect(done.zone_id).toBeTruthy();
    later(`zone ${name}`, () => conn.dns.deleteZone(done.zone_id!));
    const zone = await conn.dns.waitForZone(done.zone_id!, ACTIVE);
    expect(zone.name).toBe(name);
    expect(dig(`app.${name}`, "A")).toEqual(["192.0.2.30"]);
    expect((await conn.dns.listZoneImports()).map((i) => i.id)).toContain(task.id);
  });
});

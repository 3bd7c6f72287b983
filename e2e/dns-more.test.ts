// Designate on the real service, the verbs dns.test.ts and dns-projects.test.ts leave out
// (issue 14's table, e2e/COVERAGE-issue-14.md): recordsets across zones by page, zone export
// and import tasks by page, read and deleted, transfer requests by page and deleted, TLDs and
// blacklists by page and deleted.
import { Connection, NotFoundError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, demo, uniqueName } from "./support/cloud.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const later = undoLater();
const ACTIVE = { status: "ACTIVE", interval: 500, timeout: 90_000 } as const;
const COMPLETE = { status: "COMPLETE", interval: 500, timeout: 90_000 } as const;
const zoneName = (what: string) => `${uniqueName(what)}.example.org.`;

/** The ids of a list, page by page. */
async function pagesOf(list: { pages(): AsyncIterable<readonly { id: string }[]> }): Promise<string[][]> {
  const pages: string[][] = [];
  for await (const page of list.pages()) pages.push(page.map((item) => item.id));
  return pages;
}

/** Every page holds one, none twice, and the given ids are among them. */
function expectOneByOne(pages: string[][], ids: string[]) {
  expect(pages.every((page) => page.length === 1)).toBe(true);
  expect(pages.flat()).toEqual(expect.arrayContaining(ids));
  expect(new Set(pages.flat()).size).toBe(pages.flat().length);
}

async function activeZone(what: string) {
  const created = await conn.dns.createZone({ name: zoneName(what), email: "hostmaster@example.org" });
  later(`zone ${created.name}`, () => conn.dns.deleteZone(created));
  return conn.dns.waitForZone(created, ACTIVE);
}

describe("lists across pages on the real Designate", () => {
  it("pages recordsets across zones by a wildcard name", async () => {
    const zone = await activeZone("allrs");
    const made = [];
    for (const host of ["a", "b"]) {
      const rs = await conn.dns.createRecordset({
        zone_id: zone,
        name: `${host}.${zone.name}`,
        type: "A",
        records: ["192.0.2.40"],
      });
      made.push((await conn.dns.waitForRecordset(rs, ACTIVE)).id);
    }
    const pages = await pagesOf(conn.dns.listAllRecordsets({ name: `*.${zone.name}`, type: "A" }, { limit: 1 }));
    expect(pages).toHaveLength(2);
    expectOneByOne(pages, made);
  });

  it("pages export tasks, reads one and deletes it; reads and deletes an import task", async () => {
    const zone = await activeZone("tasks");
    const exports = [];
    for (let i = 0; i < 2; i++) {
      const task = await conn.dns.createZoneExport({ zone });
      later(`export ${task.id}`, () => conn.dns.deleteZoneExport(task));
      exports.push((await conn.dns.waitForZoneExport(task, COMPLETE)).id);
    }
    expect(await pagesOf(conn.dns.listZoneExports({ zone_id: zone.id }, { limit: 1 }))).toHaveLength(2);
    expectOneByOne(await pagesOf(conn.dns.listZoneExports({ zone_id: zone.id }, { limit: 1 })), exports);
    expect((await conn.dns.getZoneExport(exports[0]!)).zone_id).toBe(zone.id);
    await conn.dns.deleteZoneExport(exports[0]!);
    await conn.dns.waitForDeleteZoneExport(exports[0]!, { interval: 500, timeout: 30_000 });
    await expect(conn.dns.getZoneExport(exports[0]!)).rejects.toBeInstanceOf(NotFoundError);

    const name = zoneName("imp");
    const zonefile = `$ORIGIN ${name}\n$TTL 3600\n@ IN SOA ns1.example.org. hostmaster.example.org. 1 3600 600 86400 3600\n@ IN NS ns1.example.org.\n`;
    const task = await conn.dns.createZoneImport({ zonefile });
    later(`import ${task.id}`, () => conn.dns.deleteZoneImport(task));
    const done = await conn.dns.waitForZoneImport(task, COMPLETE);
    later(`zone ${name}`, () => conn.dns.deleteZone(done.zone_id!));
    expect((await conn.dns.getZoneImport(task.id)).zone_id).toBe(done.zone_id);
    expect((await conn.dns.listZoneImports({ zone_id: done.zone_id! })).map((i) => i.id)).toEqual([task.id]);
    await conn.dns.deleteZoneImport(task);
    await conn.dns.waitForDeleteZoneImport(task, { interval: 500, timeout: 30_000 });
    await expect(conn.dns.getZoneImport(task.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("pages transfer requests, and deletes one (the offer is withdrawn)", async () => {
    const offers = [];
    for (const what of ["offer-a", "offer-b"]) {
      const zone = await activeZone(what);
      const offer = await conn.dns.createZoneTransferRequest({ zone, description: "e2e" });
      later(`transfer request ${offer.id}`, () => conn.dns.deleteZoneTransferRequest(offer));
      offers.push(offer.id);
    }
    expectOneByOne(await pagesOf(conn.dns.listZoneTransferRequests({}, { limit: 1 })), offers);
    await conn.dns.deleteZoneTransferRequest(offers[0]!);
    await conn.dns.waitForDeleteZoneTransferRequest(offers[0]!, { interval: 500, timeout: 30_000 });
    await expect(conn.dns.getZoneTransferRequest(offers[0]!)).rejects.toBeInstanceOf(NotFoundError);

    // The other offer, accepted by demo, and the accept read back (an admin's call, across projects).
    const demoConn = new Connection(demo);
    const offer = await conn.dns.getZoneTransferRequest(offers[1]!);
    later(`zone ${offer.zone_id} (demo's)`, () => demoConn.dns.deleteZone(offer.zone_id));
    const accept = await demoConn.dns.createZoneTransferAccept({ key: offer.key!, zone_transfer_request_id: offer.id });
    const everyone = conn.dns.withProjectScope({ allProjects: true });
    await expect
      .poll(async () => (await everyone.getZoneTransferAccept(accept.id)).status, { interval: 500, timeout: 60_000 })
      .toBe("COMPLETE");
    expect((await everyone.getZoneTransferAccept(accept)).zone_id).toBe(offer.zone_id);
  });

  it("pages blacklists, and deletes one: its name is allowed again", async () => {
    const entries = [];
    for (const what of ["bl-a", "bl-b"]) {
      const pattern = `^${uniqueName(what)}\\.example\\.org\\.$`;
      const entry = await conn.dns.createBlacklist({ pattern });
      later(`blacklist ${pattern}`, () => conn.dns.deleteBlacklist(entry));
      entries.push(entry);
    }
    expectOneByOne(
      await pagesOf(conn.dns.listBlacklists({}, { limit: 1 })),
      entries.map((e) => e.id),
    );
    await conn.dns.deleteBlacklist(entries[0]!);
    await conn.dns.waitForDeleteBlacklist(entries[0]!, { interval: 500, timeout: 30_000 });
    await expect(conn.dns.getBlacklist(entries[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await conn.dns.findBlacklist(entries[0]!.pattern)).toBeNull();
  });

  it("pages TLDs (two for a moment: 'org' kept allowed, so other tests' zones still are)", async () => {
    const made = [];
    if ((await conn.dns.findTld("org")) === null) made.push(await conn.dns.createTld({ name: "org" }));
    made.push(await conn.dns.createTld({ name: uniqueName("tld") }));
    try {
      const all = (await conn.dns.listTlds()).map((t) => t.id);
      const pages = await pagesOf(conn.dns.listTlds({}, { limit: 1 }));
      expectOneByOne(pages, all);
      expect(pages).toHaveLength(all.length);
    } finally {
      // Once any TLD exists, zones must be under one: put things back at once.
      for (const tld of made.reverse()) await conn.dns.deleteTld(tld);
      for (const tld of made) await conn.dns.waitForDeleteTld(tld, { interval: 500, timeout: 30_000 });
    }
  });
});

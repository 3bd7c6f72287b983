// Designate across pages on the real service, the lists dns-more.test.ts leaves out (issue
// 14's table, e2e/COVERAGE-issue-14.md): transfer accepts walked one by one; floating-IP PTR
// records and service statuses, which Designate 15 does not page: asked for pages of one, it
// answers every item and no next link, and the SDK's walk is that one page.
import { Connection } from "@openstack-ts/openstack";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, demo, uniqueName } from "./support/cloud.js";
import { expectWalkedOneByOne, pagesOf } from "./support/pages.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const demoConn = new Connection(demo);
const later = undoLater();
const ACTIVE = { status: "ACTIVE", interval: 500, timeout: 90_000 } as const;
const everyone = { allProjects: true } as const;
let demoProject: string;

beforeAll(async () => {
  demoProject = (await demoConn.currentProjectId)!;
});

/** Designate's own answer to a page of one: how many items, and its links. */
async function pageOfOne(path: string, key: string) {
  const body = await conn.dns.get(path, { searchParams: { limit: 1 } }).json<Record<string, unknown>>();
  return { count: (body[key] as unknown[]).length, links: body["links"] as Record<string, string> };
}

describe("lists across pages on the real Designate", () => {
  it("walks zone transfer accepts (all projects') one by one", async () => {
    const made: string[] = [];
    for (const i of [1, 2]) {
      const zone = await conn.dns.createZone({
        name: `${uniqueName(`xfer${i}`)}.example.org.`,
        email: "hostmaster@example.org",
      });
      // demo's once accepted; admin's (all projects) whichever it is then.
      later(`zone ${zone.name}`, () => conn.dns.deleteZone(zone, everyone));
      await conn.dns.waitForZone(zone, ACTIVE);
      const offer = await conn.dns.createZoneTransferRequest({ zone, target_project_id: demoProject });
      const accept = await demoConn.dns.createZoneTransferAccept({
        key: offer.key!,
        zone_transfer_request_id: offer.id,
      });
      await demoConn.dns.waitForZoneTransferAccept(accept, { ...ACTIVE, status: "COMPLETE" });
      made.push(accept.id);
    }
    const whole = async () => (await conn.dns.listZoneTransferAccepts({}, everyone)).map((a) => a.id);
    const before = await whole();
    const pages = await pagesOf(conn.dns.listZoneTransferAccepts({}, { ...everyone, limit: 1 }));
    expectWalkedOneByOne(pages, before, await whole(), made);
  });

  it("gets every floating-IP PTR record in one page: Designate does not page them", async () => {
    // Floating IPs of our own, on an external network of our own (the cloud has none).
    const net = await conn.network.createNetwork({ name: uniqueName("ptr-pages"), "router:external": true });
    later(`network ${net.name}`, () => conn.network.deleteNetwork(net));
    await conn.network.createSubnet({ network_id: net.id, cidr: "203.0.113.0/24", ip_version: 4 });
    const made: string[] = [];
    for (const _ of [1, 2, 3]) {
      const fip = await conn.network.createFloatingIp({ floating_network_id: net.id });
      later(`floating IP ${fip.floating_ip_address}`, () => conn.network.deleteFloatingIp(fip));
      made.push(`RegionOne:${fip.id}`);
    }
    const answer = await pageOfOne("reverse/floatingips", "floatingips");
    expect(answer.count).toBeGreaterThanOrEqual(3);
    expect(Object.keys(answer.links)).toEqual(["self"]);
    const pages = await pagesOf(conn.dns.listFloatingIps({}, { limit: 1 }));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toEqual(expect.arrayContaining(made));
    expect(new Set(pages[0]).size).toBe(pages[0]!.length);
  });

  it("gets every service status in one page: Designate does not page them", async () => {
    const answer = await pageOfOne("service_statuses", "service_statuses");
    // api, central, mdns, producer and worker: more than a page of one.
    expect(answer.count).toBeGreaterThanOrEqual(5);
    expect(Object.keys(answer.links)).toEqual(["self"]);
    const whole = (await conn.dns.listServiceStatuses()).map((s) => s.id);
    const pages = await pagesOf(conn.dns.listServiceStatuses({}, { limit: 1 }));
    expect(pages).toEqual([whole]);
  });
});

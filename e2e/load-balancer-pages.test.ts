// Octavia's admin catalogue across pages on the real service: flavors, availability-zone
// profiles, each listed with pages of one and the walk compared with the whole list (issue
// 14's table, e2e/COVERAGE-issue-14.md); availability zones, which Octavia 11 cannot page.
import { Connection, ServerError } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { expectWalkedOneByOne, pagesOf } from "./support/pages.js";

const conn = new Connection(admin);
const lbs = conn.loadBalancer;
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error: unknown) => console.warn("cleanup:", error));
});

const THREE = [1, 2, 3];
type Page = { availability_zones: unknown[]; availability_zones_links: unknown[] };

describe("Octavia's catalogue across pages, on the real service", () => {
  it("walks flavors one page at a time", async () => {
    const name = uniqueName("lbp-flavor");
    const profile = await lbs.createFlavorProfile({ name, provider_name: "amphora", flavor_data: "{}" });
    cleanup.push(() => lbs.deleteFlavorProfile(profile));
    const made: string[] = [];
    for (const i of THREE) {
      const flavor = await lbs.createFlavor({ name: `${name}-${i}`, flavor_profile_id: profile.id });
      cleanup.push(() => lbs.deleteFlavor(flavor));
      made.push(flavor.id);
    }
    const whole = async () => (await lbs.listFlavors()).map((f) => f.id);
    const before = await whole();
    const pages = await pagesOf(lbs.listFlavors({}, { limit: 1 }));
    expectWalkedOneByOne(pages, before, await whole(), made);
  });

  it("walks availability-zone profiles one page at a time", async () => {
    const name = uniqueName("lbp-azp");
    const made: string[] = [];
    for (const i of THREE) {
      const profile = await lbs.createAvailabilityZoneProfile({
        name: `${name}-${i}`,
        provider_name: "amphora",
        availability_zone_data: JSON.stringify({ compute_zone: "nova" }),
      });
      cleanup.push(() => lbs.deleteAvailabilityZoneProfile(profile));
      made.push(profile.id);
    }
    const whole = async () => (await lbs.listAvailabilityZoneProfiles()).map((p) => p.id);
    const before = await whole();
    const pages = await pagesOf(lbs.listAvailabilityZoneProfiles({}, { limit: 1 }));
    expectWalkedOneByOne(pages, before, await whole(), made);
  });

  // Octavia 11 pages no availability zone beyond the first: its next link carries marker=None,
  // and it answers any marker (None, or a zone's name, its key) with a 500, as it does quotas'.
  it("cannot walk availability zones: Octavia answers the next page with a 500", async () => {
    const name = uniqueName("lbp-az");
    const profile = await lbs.createAvailabilityZoneProfile({
      name,
      provider_name: "amphora",
      availability_zone_data: JSON.stringify({ compute_zone: "nova" }),
    });
    cleanup.push(() => lbs.deleteAvailabilityZoneProfile(profile));
    const made: string[] = [];
    for (const i of [1, 2]) {
      const zone = await lbs.createAvailabilityZone({ name: `${name}-${i}`, availability_zone_profile_id: profile.id });
      cleanup.push(() => lbs.deleteAvailabilityZone(zone));
      made.push(zone.name);
    }
    const first = await lbs.get("lbaas/availabilityzones", { searchParams: { limit: 1 } }).json<Page>();
    expect(first.availability_zones).toHaveLength(1);
    expect(first.availability_zones_links).toEqual([
      { rel: "next", href: expect.stringMatching(/[?&]marker=None(&|$)/) },
    ]);
    const byName = lbs.get("lbaas/availabilityzones", { searchParams: { limit: 1, marker: made[0]! } });
    await expect(byName).rejects.toThrow(/500: Entity namespace for "availability_zone" has no property "id"/);
    const walk = pagesOf(lbs.listAvailabilityZones({}, { limit: 1 }), (z) => z.name);
    await expect(walk).rejects.toBeInstanceOf(ServerError);
    // Unpaged, the list holds them all.
    expect((await lbs.listAvailabilityZones()).map((z) => z.name)).toEqual(expect.arrayContaining(made));
  });
});

// Octavia on the real service, the verbs load-balancer.test.ts leaves out (issue 14's table,
// e2e/COVERAGE-issue-14.md): every child of a load balancer listed across pages, found, updated,
// waited for and deleted one by one; an amphora read, failed over and (refused) deleted; the
// admin catalogue's profiles listed, read, found, updated and deleted; quotas across pages.
import { ConflictError, Connection, type loadBalancer, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const lbs = conn.loadBalancer;
const cleanup: (() => Promise<unknown>)[] = [];
const wait = { interval: 500, timeout: 60_000 } as const;
const ACTIVE = { status: "ACTIVE", ...wait } as const;
let subnetId = "";

beforeAll(async () => {
  const network = await conn.network.createNetwork({ name: uniqueName("lb-more-net") });
  cleanup.push(() => conn.network.deleteNetwork(network));
  const subnet = await conn.network.createSubnet({ network_id: network.id, ip_version: 4, cidr: "10.79.0.0/24" });
  subnetId = subnet.id;
});

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch(() => undefined);
});

/** The ids of a list, page by page. */
async function pagesOf(list: { pages(): AsyncIterable<readonly { id: string }[]> }): Promise<string[][]> {
  const pages: string[][] = [];
  for await (const page of list.pages()) pages.push(page.map((item) => item.id));
  return pages;
}

const settled = (lb: loadBalancer.LoadBalancer) => lbs.waitForLoadBalancer(lb, ACTIVE);

describe("a load balancer's children, one by one, on the real Octavia", () => {
  it("lists each kind across pages, finds, updates, waits for and deletes each", async () => {
    const name = uniqueName("lbm");
    const lb = await lbs.createLoadBalancer({ name, vip_subnet_id: subnetId });
    cleanup.push(async () => {
      await settled(lb).catch(() => undefined);
      await lbs.deleteLoadBalancerCascade({ load_balancer: lb });
      await lbs.waitForDeleteLoadBalancer(lb, wait);
    });
    await settled(lb);

    const listeners = [];
    for (const port of [80, 81]) {
      const made = await lbs.createListener({
        name: `${name}-l${port}`,
        loadbalancer_id: lb.id,
        protocol: "HTTP",
        protocol_port: port,
      });
      await settled(lb);
      listeners.push(await lbs.waitForListener(made, ACTIVE));
    }
    const [l1, l2] = listeners as [loadBalancer.Listener, loadBalancer.Listener];
    expect(await pagesOf(lbs.listListeners({ loadbalancer_id: lb.id }, { limit: 1 }))).toEqual([[l1.id], [l2.id]]);
    expect((await lbs.updateListener(l2, { description: "changed", connection_limit: 100 })).description).toBe(
      "changed",
    );
    await settled(lb);
    expect((await lbs.waitForListener(l2, ACTIVE)).connection_limit).toBe(100);

    const p1 = await lbs.createPool({
      name: `${name}-p1`,
      listener_id: l1.id,
      protocol: "HTTP",
      lb_algorithm: "ROUND_ROBIN",
    });
    await settled(lb);
    const p2 = await lbs.createPool({
      name: `${name}-p2`,
      loadbalancer_id: lb.id,
      protocol: "HTTP",
      lb_algorithm: "ROUND_ROBIN",
    });
    await settled(lb);
    expect(await pagesOf(lbs.listPools({ loadbalancer_id: lb.id }, { limit: 1 }))).toEqual([[p1.id], [p2.id]]);
    await lbs.updatePool(p2, { lb_algorithm: "LEAST_CONNECTIONS" });
    await settled(lb);
    expect((await lbs.waitForPool(p2, ACTIVE)).lb_algorithm).toBe("LEAST_CONNECTIONS");

    const members = [];
    for (const host of [21, 22]) {
      members.push(
        await lbs.createMember({
          name: `${name}-m${host}`,
          pool_id: p1.id,
          address: `10.79.0.${host}`,
          protocol_port: 80,
        }),
      );
      await settled(lb);
    }
    const [m1, m2] = members as [loadBalancer.Member, loadBalancer.Member];
    expect(await pagesOf(lbs.listMembers({ pool_id: p1.id }, { limit: 1 }))).toEqual([[m1.id], [m2.id]]);
    expect((await lbs.findMember(`${name}-m22`, { pool_id: p1.id }))?.id).toBe(m2.id);

    const hm1 = await lbs.createHealthMonitor({
      name: `${name}-hm1`,
      pool_id: p1.id,
      type: "TCP",
      delay: 5,
      timeout: 3,
      max_retries: 2,
    });
    await settled(lb);
    const hm2 = await lbs.createHealthMonitor({
      name: `${name}-hm2`,
      pool_id: p2.id,
      type: "HTTP",
      delay: 5,
      timeout: 3,
      max_retries: 2,
    });
    await settled(lb);
    const monitorPages = await pagesOf(lbs.listHealthMonitors({}, { limit: 1 }));
    expect(monitorPages.every((page) => page.length === 1)).toBe(true);
    expect(monitorPages.flat()).toEqual(expect.arrayContaining([hm1.id, hm2.id]));
    expect((await lbs.findHealthMonitor(`${name}-hm2`))?.id).toBe(hm2.id);
    await lbs.updateHealthMonitor(hm1, { delay: 10 });
    await settled(lb);
    expect((await lbs.waitForHealthMonitor(hm1, ACTIVE)).delay).toBe(10);

    const pol1 = await lbs.createL7Policy({ name: `${name}-pol1`, listener_id: l1.id, action: "REJECT" });
    await settled(lb);
    const pol2 = await lbs.createL7Policy({
      name: `${name}-pol2`,
      listener_id: l1.id,
      action: "REDIRECT_TO_URL",
      redirect_url: "http://example.org/a",
    });
    await settled(lb);
    expect(await pagesOf(lbs.listL7Policies({ listener_id: l1.id }, { limit: 1 }))).toEqual([[pol1.id], [pol2.id]]);
    expect((await lbs.findL7Policy(`${name}-pol2`))?.id).toBe(pol2.id);
    await lbs.updateL7Policy(pol2, { redirect_url: "http://example.org/b" });
    await settled(lb);
    expect((await lbs.waitForL7Policy(pol2, ACTIVE)).redirect_url).toBe("http://example.org/b");

    const rules = [];
    for (const value of ["/a", "/b"]) {
      rules.push(await lbs.createL7Rule({ l7policy_id: pol1.id, type: "PATH", compare_type: "STARTS_WITH", value }));
      await settled(lb);
    }
    const [r1, r2] = rules as [loadBalancer.L7Rule, loadBalancer.L7Rule];
    const rulePages = await pagesOf(lbs.listL7Rules({ l7policy_id: pol1.id }, { limit: 1 }));
    expect(rulePages.every((page) => page.length === 1)).toBe(true);
    expect(rulePages.flat().sort()).toEqual([r1.id, r2.id].sort());
    await lbs.updateL7Rule(r1, { value: "/x" }, { l7policy_id: pol1.id });
    await settled(lb);
    expect((await lbs.waitForL7Rule(r1, { l7policy_id: pol1.id, ...ACTIVE })).value).toBe("/x");

    // One by one, each delete waited for: the load balancer takes one change at a time.
    await lbs.deleteL7Rule(r2, { l7policy_id: pol1.id });
    await lbs.waitForDeleteL7Rule(r2, { l7policy_id: pol1.id, ...wait });
    await settled(lb);
    await lbs.deleteL7Policy(pol2);
    await lbs.waitForDeleteL7Policy(pol2, wait);
    await settled(lb);
    await lbs.deleteHealthMonitor(hm2);
    await lbs.waitForDeleteHealthMonitor(hm2, wait);
    await settled(lb);
    await lbs.deleteMember(m2, { pool_id: p1.id });
    await lbs.waitForDeleteMember(m2, { pool_id: p1.id, ...wait });
    await settled(lb);
    await lbs.deletePool(p2);
    await lbs.waitForDeletePool(p2, wait);
    await settled(lb);
    await lbs.deleteListener(l2);
    await lbs.waitForDeleteListener(l2, wait);
    await settled(lb);
    expect((await lbs.listListeners({ loadbalancer_id: lb.id })).map((l) => l.id)).toEqual([l1.id]);
    expect(await lbs.findPool(`${name}-p2`)).toBeNull();
    await expect(lbs.getL7Rule(r2, { l7policy_id: pol1.id })).rejects.toBeInstanceOf(NotFoundError);
  }, 300_000);

  it("makes a load balancer on a network; a port's is refused by the no-op network driver", async () => {
    const subnet = await conn.network.getSubnet(subnetId);
    const lb = await lbs.createLoadBalancer({ name: uniqueName("lbm-net"), vip_network_id: subnet.network_id });
    cleanup.push(() => lbs.deleteLoadBalancerCascade({ load_balancer: lb }));
    expect(await settled(lb)).toMatchObject({ vip_network_id: subnet.network_id, provisioning_status: "ACTIVE" });
    await lbs.deleteLoadBalancer(lb);
    await lbs.waitForDeleteLoadBalancer(lb, wait);

    // The no-op driver does not ask Neutron: its made-up port has no fixed IP, so no subnet.
    const port = await conn.network.createPort({ network_id: subnet.network_id, name: uniqueName("lbm-vip") });
    cleanup.push(() => conn.network.deletePort(port));
    await expect(lbs.createLoadBalancer({ name: uniqueName("lbm-port"), vip_port_id: port.id })).rejects.toThrow(
      /VIP port's subnet could not be determined/,
    );
  }, 180_000);

  it("reads an amphora, fails it over, and is refused deleting one in use", async () => {
    const lb = await lbs.createLoadBalancer({ name: uniqueName("lbm-amp"), vip_subnet_id: subnetId });
    cleanup.push(async () => {
      await settled(lb).catch(() => undefined);
      await lbs.deleteLoadBalancerCascade({ load_balancer: lb });
    });
    await settled(lb);
    const [amphora] = await lbs.listAmphorae({ loadbalancer_id: lb.id });
    expect((await lbs.getAmphora(amphora!.id)).loadbalancer_id).toBe(lb.id);
    expect((await lbs.waitForAmphora(amphora!, { status: "ALLOCATED", ...wait })).id).toBe(amphora!.id);
    // Octavia deletes only a spare (READY) or broken (ERROR) amphora: this one is ALLOCATED.
    await expect(lbs.deleteAmphora(amphora!)).rejects.toBeInstanceOf(ConflictError);

    await lbs.failoverAmphora({ amphora: amphora! });
    await settled(lb);
    const after = await lbs.listAmphorae({ loadbalancer_id: lb.id, status: "ALLOCATED" });
    expect(after.map((a) => a.id)).not.toContain(amphora!.id);
    expect(after).toHaveLength(1);
    // The one failed over is deleted by the worker.
    await lbs.waitForDeleteAmphora(amphora!, wait);
  }, 180_000);
});

describe("Octavia's admin catalogue, every verb, on the real service", () => {
  it("flavor and availability-zone profiles and what is made from them: list by page, get, find, update, delete", async () => {
    const name = uniqueName("lbm-cat");
    const profiles = [];
    for (const i of [1, 2]) {
      const made = await lbs.createFlavorProfile({
        name: `${name}-fp${i}`,
        provider_name: "amphora",
        flavor_data: "{}",
      });
      cleanup.push(() => lbs.deleteFlavorProfile(made));
      profiles.push(made);
    }
    const profilePages = await pagesOf(lbs.listFlavorProfiles({}, { limit: 1 }));
    expect(profilePages.every((page) => page.length === 1)).toBe(true);
    expect(profilePages.flat()).toEqual(expect.arrayContaining(profiles.map((p) => p.id)));
    expect((await lbs.findFlavorProfile(`${name}-fp2`))?.id).toBe(profiles[1]!.id);
    expect((await lbs.getFlavorProfile(profiles[0]!.id)).provider_name).toBe("amphora");
    const topology = JSON.stringify({ loadbalancer_topology: "SINGLE" });
    expect((await lbs.updateFlavorProfile(profiles[0]!, { flavor_data: topology })).flavor_data).toBe(topology);

    const flavor = await lbs.createFlavor({ name, flavor_profile_id: profiles[0]!.id });
    cleanup.push(() => lbs.deleteFlavor(flavor));
    expect((await lbs.getFlavor(flavor.id)).flavor_profile_id).toBe(profiles[0]!.id);
    expect((await lbs.listFlavors({ name })).map((f) => f.id)).toEqual([flavor.id]);
    await lbs.deleteFlavor(flavor);
    await lbs.waitForDeleteFlavor(flavor, wait);
    await expect(lbs.getFlavor(flavor.id)).rejects.toBeInstanceOf(NotFoundError);
    for (const profile of profiles) await lbs.deleteFlavorProfile(profile);
    await lbs.waitForDeleteFlavorProfile(profiles[0]!, wait);
    expect(await lbs.findFlavorProfile(`${name}-fp1`)).toBeNull();

    const zoneProfile = await lbs.createAvailabilityZoneProfile({
      name,
      provider_name: "amphora",
      availability_zone_data: JSON.stringify({ compute_zone: "nova" }),
    });
    cleanup.push(() => lbs.deleteAvailabilityZoneProfile(zoneProfile));
    expect((await lbs.getAvailabilityZoneProfile(zoneProfile.id)).name).toBe(name);
    expect((await lbs.findAvailabilityZoneProfile(name))?.id).toBe(zoneProfile.id);
    expect((await lbs.listAvailabilityZoneProfiles({ name })).map((p) => p.id)).toEqual([zoneProfile.id]);
    expect((await lbs.updateAvailabilityZoneProfile(zoneProfile, { name: `${name}-b` })).name).toBe(`${name}-b`);
    const zone = await lbs.createAvailabilityZone({ name, availability_zone_profile_id: zoneProfile.id });
    cleanup.push(() => lbs.deleteAvailabilityZone(zone));
    expect((await lbs.findAvailabilityZone(name))?.name).toBe(name);
    expect((await lbs.listAvailabilityZones({ name })).map((z) => z.name)).toEqual([name]);
    await lbs.deleteAvailabilityZone(zone);
    await lbs.waitForDeleteAvailabilityZone(zone.name, wait);
    expect(await lbs.findAvailabilityZone(name)).toBeNull();
    await lbs.deleteAvailabilityZoneProfile(zoneProfile);
    await lbs.waitForDeleteAvailabilityZoneProfile(zoneProfile, wait);
    await expect(lbs.getAvailabilityZoneProfile(zoneProfile.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  // Not across pages: Octavia 11's next link for quotas carries marker=None, which it answers with a 500.
  it("lists projects' quotas", async () => {
    const projects: string[] = [];
    for (const i of [1, 2]) {
      const project = await conn.identity.createProject({ name: uniqueName(`lbm-q${i}`), domain_id: "default" });
      cleanup.push(() => conn.identity.deleteProject(project));
      cleanup.push(() => lbs.deleteQuota(project.id));
      await lbs.updateQuota(project.id, { pool: 3 + i });
      projects.push(project.id);
    }
    const listed = (await lbs.listQuotas()).filter((q) => projects.includes(q.project_id!));
    expect(listed.map((q) => [q.project_id, q.pool]).sort()).toEqual(
      [
        [projects[0], 4],
        [projects[1], 5],
      ].sort(),
    );
  });
});

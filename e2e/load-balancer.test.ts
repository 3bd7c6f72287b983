// Octavia on the real service (e2e/cloud/services/octavia.sh): the amphora provider's real
// worker flows over the no-op amphora, compute and network drivers, so every object goes
// PENDING_* → ACTIVE as on a cloud, and a change under a busy load balancer is refused.
// Nothing here sends traffic: operating_status stays OFFLINE (no amphora sends heartbeats).
import { Connection, ForbiddenError, loadBalancer, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, demo, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const lbs = conn.loadBalancer;
const cleanup: (() => Promise<unknown>)[] = [];
let subnetId = "";

beforeAll(async () => {
  const network = await conn.network.createNetwork({ name: uniqueName("lb-net") });
  cleanup.push(() => conn.network.deleteNetwork(network));
  const subnet = await conn.network.createSubnet({ network_id: network.id, ip_version: 4, cidr: "10.77.0.0/24" });
  subnetId = subnet.id;
});

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch(() => undefined);
});

/** Waits until the load balancer's last change is done (ERROR fails the wait). */
const settled = (lb: loadBalancer.LoadBalancer | string) =>
  lbs.waitForLoadBalancer(lb, { status: "ACTIVE", interval: 500, timeout: 60_000 });

describe("a load balancer's tree on the real Octavia", () => {
  it("builds a load balancer, listener, pool, members, monitor and L7 policy, each to ACTIVE", async () => {
    const name = uniqueName("lb");
    const lb = await lbs.createLoadBalancer({ name, vip_subnet_id: subnetId, description: "e2e" });
    cleanup.push(() => lbs.deleteLoadBalancerCascade({ load_balancer: lb }));
    expect(lb).toMatchObject({
      name,
      provisioning_status: "PENDING_CREATE",
      vip_subnet_id: subnetId,
      provider: "amphora",
    });

    // Octavia refuses a change under a load balancer that is still PENDING_*: the SDK does not wait on its own.
    const early = await lbs
      .createListener({ loadbalancer_id: lb.id, protocol: "HTTP", protocol_port: 80 })
      .catch((error: unknown) => ({ error }));
    if ("error" in early) expect(loadBalancer.isLoadBalancerImmutable(early.error)).toBe(true);
    else cleanup.push(() => lbs.deleteListener(early)); // the worker was faster than this test

    const active = await settled(lb);
    expect(active.provisioning_status).toBe("ACTIVE");
    expect(active.vip_address).toBeTruthy();

    const listener =
      (await lbs.findListener(`${name}-http`)) ??
      (await lbs.createListener({
        name: `${name}-http`,
        loadbalancer_id: lb.id,
        protocol: "HTTP",
        protocol_port: 8080,
      }));
    await settled(lb);
    const pool = await lbs.createPool({
      name: `${name}-pool`,
      listener_id: listener.id,
      protocol: "HTTP",
      lb_algorithm: "ROUND_ROBIN",
      session_persistence: { type: "SOURCE_IP" },
    });
    await settled(lb);
    const member = await lbs.createMember({ pool_id: pool.id, address: "10.77.0.10", protocol_port: 80, weight: 5 });
    await settled(lb);
    expect((await lbs.waitForMember(member, { pool_id: pool.id, status: "ACTIVE", interval: 500 })).weight).toBe(5);

    const monitor = await lbs.createHealthMonitor({
      pool_id: pool.id,
      type: "HTTP",
      delay: 5,
      timeout: 3,
      max_retries: 2,
      url_path: "/health",
    });
    await settled(lb);
    const policy = await lbs.createL7Policy({
      listener_id: listener.id,
      action: "REDIRECT_TO_POOL",
      redirect_pool_id: pool.id,
      name: `${name}-images`,
    });
    await settled(lb);
    const rule = await lbs.createL7Rule({
      l7policy_id: policy.id,
      type: "PATH",
      compare_type: "STARTS_WITH",
      value: "/img",
    });
    await settled(lb);

    expect((await lbs.getListener(listener)).provisioning_status).toBe("ACTIVE");
    expect((await lbs.getPool(pool)).members?.map((m) => m["id"])).toEqual([member.id]);
    expect((await lbs.getHealthMonitor(monitor)).provisioning_status).toBe("ACTIVE");
    expect((await lbs.getL7Policy(policy)).rules?.map((r) => r["id"])).toEqual([rule.id]);
    expect((await lbs.getL7Rule(rule, { l7policy_id: policy.id })).value).toBe("/img");

    // The status tree and counters of the whole thing.
    const tree = await lbs.getLoadBalancerStatusTree({ load_balancer: lb });
    expect(tree.loadbalancer.listeners?.[0]?.pools?.[0]?.members?.[0]?.id).toBe(member.id);
    expect(tree.loadbalancer.listeners?.[0]?.pools?.[0]?.health_monitor?.id).toBe(monitor.id);
    expect(await lbs.getLoadBalancerStatistics({ load_balancer: lb })).toMatchObject({ total_connections: 0 });
    expect(await lbs.getListenerStatistics({ listener })).toMatchObject({ bytes_in: 0 });

    // Lists filter on the server; find by name.
    expect((await lbs.listLoadBalancers({ name })).map((item) => item.id)).toEqual([lb.id]);
    expect((await lbs.listListeners({ loadbalancer_id: lb.id })).map((item) => item.id)).toEqual([listener.id]);
    expect((await lbs.listMembers({ pool_id: pool, protocol_port: 80 })).map((item) => item.id)).toEqual([member.id]);
    expect((await lbs.findPool(`${name}-pool`))?.id).toBe(pool.id);

    // Updates, each waited for.
    expect((await lbs.updateLoadBalancer(lb, { description: "changed", tags: ["e2e"] })).description).toBe("changed");
    await settled(lb);
    await lbs.updateMember(member, { weight: 9 }, { pool_id: pool.id });
    await settled(lb);
    expect((await lbs.getMember(member.id, { pool_id: pool.id })).weight).toBe(9);
    expect((await lbs.listLoadBalancers({ tags: "e2e", name })).length).toBe(1);

    // The batch update replaces the pool's members: one kept (by address and port), one new.
    await lbs.batchUpdateMembers({
      pool_id: pool.id,
      members: [
        { address: "10.77.0.10", protocol_port: 80, weight: 3 },
        { address: "10.77.0.11", protocol_port: 80 },
      ],
    });
    await settled(lb);
    const after = await lbs.listMembers({ pool_id: pool.id, sort: "address:asc" });
    expect(after.map((m) => [m.address, m.weight])).toEqual([
      ["10.77.0.10", 3],
      ["10.77.0.11", 1],
    ]);

    // Admin: the amphora the worker made for it, its counters and agent configuration; a failover.
    const [amphora] = await lbs.listAmphorae({ loadbalancer_id: lb.id });
    expect(amphora).toMatchObject({ status: "ALLOCATED" });
    // No amphora runs here, so none has sent counters: Octavia answers 404 for them.
    await expect(lbs.getAmphoraStatistics({ amphora: amphora! })).rejects.toBeInstanceOf(NotFoundError);
    await lbs.configureAmphora({ amphora: amphora! });
    await lbs.failoverLoadBalancer({ load_balancer: lb });
    await settled(lb);

    // Cascade: everything under it goes with it.
    await lbs.deleteLoadBalancerCascade({ load_balancer: lb });
    await lbs.waitForDeleteLoadBalancer(lb, { interval: 500, timeout: 60_000 });
    expect(await lbs.findListener(listener.id)).toBeNull();
  }, 180_000);
});

describe("Octavia's admin catalogue on the real service", () => {
  it("lists providers and their capabilities, and makes flavors and availability zones from profiles", async () => {
    const providers = await lbs.listProviders();
    expect(providers.map((p) => p.name)).toContain("amphora");
    const capabilities = await lbs.listProviderFlavorCapabilities({ provider: "amphora" });
    expect(capabilities.map((c) => c.name)).toContain("loadbalancer_topology");
    expect((await lbs.listProviderAvailabilityZoneCapabilities({ provider: "amphora" })).length).toBeGreaterThan(0);

    const name = uniqueName("flavor");
    const profile = await lbs.createFlavorProfile({
      name,
      provider_name: "amphora",
      flavor_data: JSON.stringify({ loadbalancer_topology: "SINGLE" }),
    });
    cleanup.push(() => lbs.deleteFlavorProfile(profile));
    const flavor = await lbs.createFlavor({ name, flavor_profile_id: profile.id, description: "e2e" });
    cleanup.push(() => lbs.deleteFlavor(flavor));
    expect((await lbs.updateFlavor(flavor, { enabled: false })).enabled).toBe(false);
    expect((await lbs.findFlavor(name))?.id).toBe(flavor.id);

    const zoneProfile = await lbs.createAvailabilityZoneProfile({
      name,
      provider_name: "amphora",
      availability_zone_data: JSON.stringify({ compute_zone: "nova" }),
    });
    cleanup.push(() => lbs.deleteAvailabilityZoneProfile(zoneProfile));
    const zone = await lbs.createAvailabilityZone({ name, availability_zone_profile_id: zoneProfile.id });
    cleanup.push(() => lbs.deleteAvailabilityZone(zone));
    expect((await lbs.getAvailabilityZone(name)).availability_zone_profile_id).toBe(zoneProfile.id);
    expect((await lbs.updateAvailabilityZone(zone, { description: "e2e" })).description).toBe("e2e");
    await lbs.deleteAvailabilityZone(zone);
    await lbs.deleteFlavor(flavor);
  });

  it("reads, sets and resets a project's quota, and reads the defaults", async () => {
    const project = await conn.identity.createProject({ name: uniqueName("lb-quota"), domain_id: "default" });
    cleanup.push(() => conn.identity.deleteProject(project));
    const defaults = await lbs.getQuotaDefaults();
    expect(defaults).toHaveProperty("listener");
    const set = await lbs.updateQuota(project.id, { listener: 7, member: 70 });
    expect(set).toMatchObject({ listener: 7, member: 70 });
    expect((await lbs.listQuotas({ project_id: project.id })).map((q) => q.listener)).toEqual([7]);
    await lbs.deleteQuota(project.id);
    expect((await lbs.getQuota(project.id)).listener).toBe(defaults.listener);
  });

  it("lets a project's load-balancer_member read its own project's, and not the admin calls", async () => {
    const demoConn = new Connection(demo);
    const member = demoConn.loadBalancer;
    const own = await member.createLoadBalancer({ name: uniqueName("lb-demo"), vip_subnet_id: subnetId });
    cleanup.push(() => lbs.deleteLoadBalancerCascade({ load_balancer: own }));
    expect(own.project_id).toBe(await demoConn.currentProjectId);
    const seen = await member.listLoadBalancers();
    expect(seen.map((item) => item.id)).toContain(own.id);
    expect(seen.every((item) => item.project_id === own.project_id)).toBe(true);
    await expect(Promise.resolve(member.listAmphorae())).rejects.toBeInstanceOf(ForbiddenError);
    await member.waitForLoadBalancer(own, { status: "ACTIVE", interval: 500, timeout: 60_000 });
    await member.deleteLoadBalancer(own);
    await member.waitForDeleteLoadBalancer(own, { interval: 500, timeout: 60_000 });
  });
});

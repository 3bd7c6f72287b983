import { ConflictError, NotFoundError } from "@openstack-ts/core";
import { isLoadBalancerImmutable } from "@openstack-ts/load-balancer";
import { describe, expect, it } from "vitest";
import { manualClock } from "../../src/cloud/clock.js";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";
import { loadBalancerOf, sessionOf } from "../sdk.js";

function octavia() {
  const clock = manualClock();
  const cloud = mockCloud({ now: clock.now, delay: 500 });
  const session = sessionOf(cloud);
  return { cloud, clock, lbs: loadBalancerOf(session), raw: clientOf(cloud) };
}

/** A network and subnet of the fake's Neutron for the VIP. */
async function subnetIn(raw: ReturnType<typeof clientOf>): Promise<string> {
  const network = (await raw.post("network/v2.0/networks", { network: { name: "lb-net" } })).body.network;
  const subnet = await raw.post("network/v2.0/subnets", {
    subnet: { network_id: network.id, ip_version: 4, cidr: "10.9.0.0/24" },
  });
  return subnet.body.subnet.id;
}

describe("fake Octavia through the SDK", () => {
  it("is in the catalog, and its root lists v2 minor versions the SDK discovers", async () => {
    const { cloud, raw, lbs } = octavia();
    expect(cloud.catalog.find((entry) => entry.type === "load-balancer")?.url).toBe(`${cloud.baseUrl}/load-balancer`);
    const root = (await raw.get("load-balancer")).body.versions;
    expect(root.at(-1)).toMatchObject({ id: "v2.26", status: "CURRENT" });
    expect(await lbs.listLoadBalancers()).toEqual([]);
  });

  it("takes a load balancer from PENDING_CREATE to ACTIVE on a subnet, with an address from it", async () => {
    const { clock, raw, lbs } = octavia();
    const subnetId = await subnetIn(raw);
    const lb = await lbs.createLoadBalancer({ name: "web", vip_subnet_id: subnetId });
    expect(lb).toMatchObject({
      provisioning_status: "PENDING_CREATE",
      operating_status: "OFFLINE",
      provider: "amphora",
    });
    expect(lb.vip_address).toMatch(/^10\.9\.0\.\d+$/);
    clock.advance(500);
    expect((await lbs.waitForLoadBalancer(lb, { status: "ACTIVE", interval: 1 })).provisioning_status).toBe("ACTIVE");
    const byNetwork = await lbs.createLoadBalancer({ vip_network_id: lb.vip_network_id! });
    expect(byNetwork.vip_subnet_id).toBe(subnetId);
    await expect(lbs.createLoadBalancer({ name: "nowhere" })).rejects.toThrow(
      "VIP must contain one of: vip_port_id, vip_network_id, vip_subnet_id.",
    );
  });

  it("builds listener, pool and member, each locking the load balancer until the worker is done", async () => {
    const { clock, raw, lbs } = octavia();
    const lb = await lbs.createLoadBalancer({ name: "tree", vip_subnet_id: await subnetIn(raw) });
    const early = lbs.createListener({ loadbalancer_id: lb.id, protocol: "HTTP", protocol_port: 80 });
    await expect(early).rejects.toBeInstanceOf(ConflictError);
    expect(isLoadBalancerImmutable(await early.catch((error: unknown) => error))).toBe(true);
    clock.advance(500);

    const listener = await lbs.createListener({
      name: "http",
      loadbalancer_id: lb.id,
      protocol: "HTTP",
      protocol_port: 80,
    });
    expect(listener).toMatchObject({ provisioning_status: "PENDING_CREATE", loadbalancers: [{ id: lb.id }] });
    expect((await lbs.getLoadBalancer(lb.id)).provisioning_status).toBe("PENDING_UPDATE");
    clock.advance(500);
    expect((await lbs.getListener(listener.id)).provisioning_status).toBe("ACTIVE");

    const pool = await lbs.createPool({ listener_id: listener.id, protocol: "HTTP", lb_algorithm: "ROUND_ROBIN" });
    clock.advance(500);
    expect((await lbs.getListener(listener.id)).default_pool_id).toBe(pool.id);
    const member = await lbs.createMember({ pool_id: pool.id, address: "10.9.0.10", protocol_port: 80 });
    expect(member).toMatchObject({ operating_status: "NO_MONITOR", weight: 1 });
    clock.advance(500);
    expect((await lbs.getMember(member.id, { pool_id: pool.id })).provisioning_status).toBe("ACTIVE");
    expect((await lbs.getPool(pool)).members?.map((m) => m["id"])).toEqual([member.id]);
    const current = await lbs.getLoadBalancer(lb.id);
    expect([current.listeners, current.pools]).toEqual([[{ id: listener.id }], [{ id: pool.id }]]);

    // A plain delete refuses a load balancer with children; the cascade takes the tree.
    await expect(lbs.deleteLoadBalancer(lb)).rejects.toThrow(`Cannot delete Load Balancer ${lb.id} - it has children`);
    await lbs.deleteLoadBalancerCascade({ load_balancer: lb });
    expect((await lbs.getLoadBalancer(lb.id)).provisioning_status).toBe("PENDING_DELETE");
    clock.advance(500);
    await expect(lbs.getLoadBalancer(lb.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(lbs.getListener(listener.id)).rejects.toThrow(`Listener ${listener.id} not found.`);
    await expect(lbs.listMembers({ pool_id: pool.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("updates through PENDING_UPDATE and refuses a second change meanwhile", async () => {
    const { clock, raw, lbs } = octavia();
    const lb = await lbs.createLoadBalancer({ name: "upd", vip_subnet_id: await subnetIn(raw) });
    clock.advance(500);
    const changed = await lbs.updateLoadBalancer(lb, { description: "changed", tags: ["t"] });
    expect(changed).toMatchObject({ description: "changed", provisioning_status: "PENDING_UPDATE" });
    await expect(lbs.updateLoadBalancer(lb, { description: "again" })).rejects.toThrow(
      `Invalid state PENDING_UPDATE of loadbalancer resource ${lb.id}`,
    );
    clock.advance(500);
    expect((await lbs.listLoadBalancers({ tags: "t" })).map((item) => item.id)).toEqual([lb.id]);
    await lbs.deleteLoadBalancer(lb);
    clock.advance(500);
    expect(await lbs.findLoadBalancer("upd")).toBeNull();
  });

  it("pages with loadbalancers_links as Octavia writes them, and refuses unknown filters", async () => {
    const { raw, lbs } = octavia();
    const subnetId = await subnetIn(raw);
    const made = [];
    for (let i = 0; i < 3; i++)
      made.push((await lbs.createLoadBalancer({ name: `p${i}`, vip_subnet_id: subnetId })).id);
    const first = await raw.get("load-balancer/v2/lbaas/loadbalancers?limit=2&name=p0");
    expect(first.body.loadbalancers_links).toEqual([]);
    const page = await raw.get("load-balancer/v2/lbaas/loadbalancers?limit=2");
    expect(page.body.loadbalancers_links).toEqual([
      { href: expect.stringMatching(`/v2/lbaas/loadbalancers\\?limit=2&marker=${made[1]}$`), rel: "next" },
    ]);
    const second = await raw.get(`load-balancer/v2/lbaas/loadbalancers?limit=2&marker=${made[1]}`);
    expect(second.body.loadbalancers.map((lb: { id: string }) => lb.id)).toEqual([made[2]]);
    expect(second.body.loadbalancers_links.map((link: { rel: string }) => link.rel)).toEqual(["previous"]);
    const pages: string[][] = [];
    for await (const items of lbs.listLoadBalancers({}, { limit: 2 }).pages()) pages.push(items.map((lb) => lb.id));
    expect(pages).toEqual([made.slice(0, 2), made.slice(2)]);
    const bad = await raw.get("load-balancer/v2/lbaas/loadbalancers?colour=red");
    expect([bad.status, bad.body]).toEqual([
      400,
      { faultcode: "Client", faultstring: "One or more arguments are either duplicate or invalid", debuginfo: null },
    ]);
  });

  it("keeps each project's load balancers its own", async () => {
    const { cloud, raw, lbs } = octavia();
    const lb = await lbs.createLoadBalancer({ vip_subnet_id: await subnetIn(raw) });
    const demo = loadBalancerOf(sessionOf(cloud, "demo"));
    expect(await demo.listLoadBalancers()).toEqual([]);
    await expect(demo.getLoadBalancer(lb.id)).rejects.toThrow(`Load Balancer ${lb.id} not found.`);
  });
});

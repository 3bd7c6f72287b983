// Octavia's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): a load balancer PENDING_CREATE → ACTIVE on a subnet made here, a
// listener, pool and member each made once the load balancer is ACTIVE again (a change
// meanwhile is refused), lists across pages, find, update, and the cascade delete.
import { Connection, loadBalancer, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const lbs = conn.loadBalancer;
const wait = { interval: 250, timeout: 90_000 };
const prefix = uniqueName("mlb");
const cleanup: (() => Promise<unknown>)[] = [];
let subnetId = "";

beforeAll(async () => {
  const network = await conn.network.createNetwork({ name: `${prefix}-net` });
  cleanup.push(() => conn.network.deleteNetwork(network));
  const subnet = await conn.network.createSubnet({ network_id: network.id, ip_version: 4, cidr: "10.78.0.0/24" });
  subnetId = subnet.id;
});

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch(() => undefined);
});

/** Waits until the load balancer's last change is done (ERROR fails the wait). */
const settled = (lb: loadBalancer.LoadBalancer | string) => lbs.waitForLoadBalancer(lb, { status: "ACTIVE", ...wait });

/** Deletes the whole tree once the load balancer can take it, and waits until it is gone. */
async function removed(lb: loadBalancer.LoadBalancer): Promise<void> {
  await settled(lb);
  await lbs.deleteLoadBalancerCascade({ load_balancer: lb });
  await lbs.waitForDeleteLoadBalancer(lb, wait);
}

describe("load balancers", () => {
  it("builds a load balancer, listener, pool and member, each to ACTIVE, then deletes the tree", async () => {
    const name = `${prefix}-tree`;
    const lb = await lbs.createLoadBalancer({ name, vip_subnet_id: subnetId, description: "e2e" });
    cleanup.push(() => removed(lb));
    expect(lb).toMatchObject({ name, provisioning_status: "PENDING_CREATE", vip_subnet_id: subnetId });
    const early = await lbs
      .createListener({ loadbalancer_id: lb.id, protocol: "HTTP", protocol_port: 81 })
      .catch((error: unknown) => ({ error }));
    // The real worker may be done before this call: then the listener was made.
    if ("error" in early) expect(loadBalancer.isLoadBalancerImmutable(early.error)).toBe(true);
    expect((await settled(lb)).vip_address).toBeTruthy();

    const listener =
      (await lbs.findListener(`${name}-http`)) ??
      (await lbs.createListener({ name: `${name}-http`, loadbalancer_id: lb.id, protocol: "HTTP", protocol_port: 80 }));
    expect(listener.loadbalancers).toEqual([{ id: lb.id }]);
    await settled(lb);
    const pool = await lbs.createPool({
      name: `${name}-pool`,
      listener_id: listener.id,
      protocol: "HTTP",
      lb_algorithm: "ROUND_ROBIN",
    });
    expect(pool).toMatchObject({ provisioning_status: "PENDING_CREATE", listeners: [{ id: listener.id }] });
    await settled(lb);
    const member = await lbs.createMember({ pool_id: pool.id, address: "10.78.0.10", protocol_port: 80, weight: 5 });
    expect(member).toMatchObject({ provisioning_status: "PENDING_CREATE", operating_status: "NO_MONITOR" });
    await settled(lb);

    expect((await lbs.getListener(listener)).default_pool_id).toBe(pool.id);
    expect((await lbs.getPool(pool)).members?.map((m) => m["id"])).toEqual([member.id]);
    expect((await lbs.getMember(member.id, { pool_id: pool.id })).provisioning_status).toBe("ACTIVE");
    const tree = await lbs.getLoadBalancer(lb.id);
    expect(tree.pools?.map((p) => p["id"])).toEqual([pool.id]);
    expect(tree.listeners?.map((l) => l["id"])).toContain(listener.id);
    expect((await lbs.findLoadBalancer(name))?.id).toBe(lb.id);

    const changed = await lbs.updateLoadBalancer(lb, { description: "changed" });
    expect(changed).toMatchObject({ description: "changed", provisioning_status: "PENDING_UPDATE" });
    expect((await settled(lb)).description).toBe("changed");
    await expect(lbs.deleteLoadBalancer(lb)).rejects.toThrow(`Cannot delete Load Balancer ${lb.id} - it has children`);

    await lbs.deleteLoadBalancerCascade({ load_balancer: lb });
    await lbs.waitForDeleteLoadBalancer(lb, wait);
    await expect(lbs.getListener(listener.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await lbs.findPool(`${name}-pool`)).toBeNull();
  }, 300_000);

  it("lists a name's load balancers across pages, and not another's", async () => {
    const made: loadBalancer.LoadBalancer[] = [];
    for (const suffix of ["page", "page", "other"]) {
      const lb = await lbs.createLoadBalancer({ name: `${prefix}-${suffix}`, vip_subnet_id: subnetId });
      cleanup.push(() => removed(lb));
      made.push(lb);
    }
    const pages: string[][] = [];
    for await (const page of lbs.listLoadBalancers({ name: `${prefix}-page` }, { limit: 1 }).pages())
      pages.push(page.map((lb) => lb.id));
    // Oldest first, as Octavia sorts by created_at.
    expect(pages).toEqual([[made[0]!.id], [made[1]!.id]]);
    for (const lb of made) await removed(lb);
    expect(await lbs.listLoadBalancers({ name: `${prefix}-page` })).toEqual([]);
  }, 300_000);
});

// The dashboard's load-balancer scenario, on either cloud: a load balancer with an HTTP
// listener and a ROUND_ROBIN pool on it, made through the SDK, then shown by the dashboard's
// view (its row, its listener and its pool). dashboard-services.test.ts (real cloud) and
// dashboard-fake-services.test.ts (fake) run it; each logs in and takes its screenshot.
import type { Connection, loadBalancer } from "@openstack-ts/openstack";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { uniqueName } from "./cloud.js";
import { openRow, openView, rowNames } from "./dashboard-page.js";

export interface LoadBalancerTree {
  name: string;
  lb: loadBalancer.LoadBalancer;
  pool: loadBalancer.Pool;
  /** The load balancer as Octavia (or the fake) shows it once its children are made. */
  shown: loadBalancer.LoadBalancer;
}

/**
 * Makes the tree, each child once its load balancer is ACTIVE again. `undo` hears the
 * clean-up of each thing made, in the order made (the load balancer's deletes its children).
 */
export async function makeLoadBalancerTree(
  conn: Connection,
  wait: { interval: number; timeout?: number },
  undo: (what: string, work: () => Promise<unknown>) => void,
): Promise<LoadBalancerTree> {
  const lbs = conn.loadBalancer;
  const network = await conn.network.createNetwork({ name: uniqueName("dash-lb-net") });
  undo(`network ${network.id}`, () => conn.network.deleteNetwork(network));
  const subnet = await conn.network.createSubnet({ network_id: network.id, ip_version: 4, cidr: "10.78.0.0/24" });
  const name = uniqueName("dash-lb");
  const lb = await lbs.createLoadBalancer({ name, vip_subnet_id: subnet.id });
  undo(`load balancer ${name}`, async () => {
    await lbs.deleteLoadBalancerCascade({ load_balancer: lb });
    await lbs.waitForDeleteLoadBalancer(lb, wait);
  });
  const settled = () => lbs.waitForLoadBalancer(lb, { status: "ACTIVE", ...wait });
  await settled();
  const listener = await lbs.createListener({
    name: `${name}-http`,
    loadbalancer_id: lb.id,
    protocol: "HTTP",
    protocol_port: 80,
  });
  await settled();
  const pool = await lbs.createPool({
    name: `${name}-pool`,
    listener_id: listener.id,
    protocol: "HTTP",
    lb_algorithm: "ROUND_ROBIN",
  });
  await settled();
  return { name, lb, pool, shown: await lbs.getLoadBalancer(lb.id) };
}

/** The dashboard's load-balancer view, on a logged-in page, shows the tree: row, statuses, listener, pool. */
export async function expectLoadBalancerShown(page: Page, tree: LoadBalancerTree): Promise<void> {
  const { name, lb, pool, shown } = tree;
  await openView(page, "load-balancers");
  const row = `#lb-list tr[data-name="${name}"]`;
  expect(await page.getAttribute(row, "data-id")).toBe(lb.id);
  expect(await page.$$eval(`${row} [data-status]`, (cells) => cells.map((c) => c.textContent))).toEqual([
    "ACTIVE",
    shown.operating_status,
  ]);
  await openRow(page, "lb-list", name, "lb-detail");
  expect(await rowNames(page, "lb-listeners")).toEqual([`${name}-http`]);
  expect(await page.textContent(`#lb-listeners tr[data-name="${name}-http"]`)).toContain("HTTP 80");
  expect(await page.textContent(`#lb-listeners tr[data-name="${name}-http"]`)).toContain(pool.id);
  expect(await rowNames(page, "lb-pools")).toEqual([`${name}-pool`]);
  expect(await page.textContent(`#lb-pools tr[data-name="${name}-pool"]`)).toContain("ROUND_ROBIN");
}

// Neutron resources on the real service (or the fake one: support/target.ts): pagination, find, create,
// update, delete, wait.
import { Connection, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, demo, recordingFetch, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const prefix = uniqueName("page");
const made: string[] = [];

beforeAll(async () => {
  for (let i = 0; i < 5; i++) made.push((await conn.network.createNetwork({ name: `${prefix}-${i}` })).id);
});
afterAll(async () => {
  for (const id of made) await conn.network.deleteNetwork(id);
});

describe("network on the real Neutron", () => {
  it("pages through networks two at a time, following networks_links", async () => {
    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, fetch: recorder.fetch });
    const pages: string[][] = [];
    for await (const page of counted.network.listNetworks({}, { limit: 2 }).pages()) pages.push(page.map((n) => n.id));
    const ids = pages.flat();
    expect(ids).toEqual(expect.arrayContaining(made));
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages.every((page) => page.length <= 2)).toBe(true);
    expect(recorder.count("GET", /\/v2\.0\/networks\?/)).toBeGreaterThanOrEqual(3);
  });

  it("stops at maxItems without fetching further pages", async () => {
    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, fetch: recorder.fetch });
    const three = await counted.network.listNetworks({}, { limit: 2, maxItems: 3 });
    expect(three).toHaveLength(3);
    expect(recorder.count("GET", /\/v2\.0\/networks\?/)).toBe(2);
  });

  it("finds by name and by id, and gives null when nothing matches", async () => {
    const byName = await conn.network.findNetwork(`${prefix}-3`);
    expect(byName?.id).toBe(made[3]);
    expect((await conn.network.findNetwork(made[3]!))?.name).toBe(`${prefix}-3`);
    expect(await conn.network.findNetwork(uniqueName("missing"))).toBeNull();
    await expect(conn.network.findNetwork(uniqueName("missing"), { ignoreMissing: false })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("builds a network with a subnet and a port, changes them and takes them down", async () => {
    const net = await conn.network.createNetwork({ name: uniqueName("net"), admin_state_up: true });
    const subnet = await conn.network.createSubnet({
      network_id: net.id,
      ip_version: 4,
      cidr: "10.99.0.0/24",
      name: uniqueName("subnet"),
    });
    expect(subnet.gateway_ip).toBe("10.99.0.1");
    const port = await conn.network.createPort({
      network_id: net.id,
      name: uniqueName("port"),
      fixed_ips: [{ subnet_id: subnet.id, ip_address: "10.99.0.10" }],
    });
    expect(port.fixed_ips).toEqual([{ subnet_id: subnet.id, ip_address: "10.99.0.10" }]);
    // No agents run on the loopback cloud, so ports stay DOWN: a state the waiter can reach.
    expect((await conn.network.waitForPort(port, { status: "DOWN", interval: 200, timeout: 10_000 })).id).toBe(port.id);

    const renamed = await conn.network.updatePort(port, { name: "renamed-port", description: "e2e" });
    expect(renamed.name).toBe("renamed-port");
    expect((await conn.network.listPorts({ network_id: net.id })).map((p) => p.id)).toEqual([port.id]);
    expect((await conn.network.updateNetwork(net, { description: "changed" })).description).toBe("changed");
    expect((await conn.network.getSubnet(subnet.id)).cidr).toBe("10.99.0.0/24");

    await conn.network.deletePort(port);
    await conn.network.deleteSubnet(subnet);
    await conn.network.deleteNetwork(net);
    await conn.network.waitForDeleteNetwork(net, { interval: 100, timeout: 10_000 });
    expect(await conn.network.findNetwork(net.id)).toBeNull();
    await conn.network.deleteNetwork(net);
    await expect(conn.network.deleteNetwork(net, { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows a non-admin user only its own project's networks", async () => {
    const asDemo = new Connection(demo);
    const own = await asDemo.network.createNetwork({ name: uniqueName("demo") });
    try {
      const visible = await asDemo.network.listNetworks();
      expect(visible.map((n) => n.id)).toContain(own.id);
      expect(visible.map((n) => n.id)).not.toContain(made[0]);
      expect(visible.every((n) => n.project_id === own.project_id || n.shared || n["router:external"])).toBe(true);
    } finally {
      await asDemo.network.deleteNetwork(own);
    }
  });
});

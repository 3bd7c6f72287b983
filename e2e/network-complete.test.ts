// Neutron's L3 and security resources on the real service: routers with interfaces, extra
// routes and an external gateway on a flat external network, floating IPs associated with a
// port, security groups and their rules. No agents run here, so nothing is wired on a host,
// but every object, address allocation and check is Neutron's own.
import { ConflictError, Connection } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error: unknown) => console.warn("cleanup:", error));
});

/** The external network and an internal one with a port, shared by the tests below. */
const world = {} as {
  external: { id: string };
  externalSubnet: { id: string };
  internal: { id: string };
  internalSubnet: { id: string };
  port: { id: string; fixed_ips: { ip_address?: string | undefined }[] };
};

beforeAll(async () => {
  // flat_networks = * on the loopback ML2: any physical network name will do, one network each.
  const external = await conn.network.createNetwork({
    name: uniqueName("ext"),
    "router:external": true,
    "provider:network_type": "flat",
    "provider:physical_network": uniqueName("phys"),
  });
  cleanup.push(() => conn.network.deleteNetwork(external));
  const externalSubnet = await conn.network.createSubnet({
    network_id: external.id,
    ip_version: 4,
    cidr: "203.0.113.0/24",
    enable_dhcp: false,
  });
  const internal = await conn.network.createNetwork({ name: uniqueName("int") });
  cleanup.push(() => conn.network.deleteNetwork(internal));
  const internalSubnet = await conn.network.createSubnet({
    network_id: internal.id,
    ip_version: 4,
    cidr: "10.77.0.0/24",
  });
  const port = await conn.network.createPort({
    network_id: internal.id,
    name: uniqueName("vm-port"),
    fixed_ips: [{ subnet_id: internalSubnet.id, ip_address: "10.77.0.20" }],
  });
  cleanup.push(() => conn.network.deletePort(port));
  Object.assign(world, { external, externalSubnet, internal, internalSubnet, port });
});

describe("routers on the real Neutron", () => {
  it("creates a router, gives it a gateway on the external network, joins a subnet, routes extra prefixes, and takes it apart", async () => {
    const name = uniqueName("router");
    const router = await conn.network.createRouter({ name, description: "e2e" });
    cleanup.push(() => conn.network.deleteRouter(router));
    expect(router.external_gateway_info).toBeNull();
    expect((await conn.network.waitForRouter(router, { status: "ACTIVE", interval: 200, timeout: 10_000 })).id).toBe(
      router.id,
    );
    expect((await conn.network.findRouter(name))?.id).toBe(router.id);
    expect((await conn.network.listRouters({ name })).map((r) => r.id)).toEqual([router.id]);

    const gatewayed = await conn.network.updateRouter(router, {
      external_gateway_info: { network_id: world.external.id },
    });
    expect(gatewayed.external_gateway_info?.network_id).toBe(world.external.id);
    expect(gatewayed.external_gateway_info?.external_fixed_ips?.[0]?.subnet_id).toBe(world.externalSubnet.id);
    expect(gatewayed.external_gateway_info?.external_fixed_ips?.[0]?.ip_address).toMatch(/^203\.0\.113\./);

    const joined = (await conn.network.addInterfaceToRouter({ router, subnet: world.internalSubnet })) as {
      port_id: string;
      subnet_id: string;
    };
    expect(joined.subnet_id).toBe(world.internalSubnet.id);
    const interfacePort = await conn.network.getPort(joined.port_id);
    expect(interfacePort.device_id).toBe(router.id);
    expect(interfacePort.fixed_ips[0]?.ip_address).toBe("10.77.0.1");

    const route = { destination: "10.99.0.0/24", nexthop: "10.77.0.50" };
    const routed = (await conn.network.addExtraRoutesToRouter({ router, routes: [route] })) as {
      router: { routes: unknown[] };
    };
    expect(routed.router.routes).toEqual([route]);
    expect((await conn.network.getRouter(router.id)).routes).toEqual([route]);
    await conn.network.removeExtraRoutesFromRouter({ router, routes: [route] });
    expect((await conn.network.getRouter(router.id)).routes).toEqual([]);

    await conn.network.removeInterfaceFromRouter({ router, port: joined.port_id });
    expect(await conn.network.findPort(joined.port_id)).toBeNull();
    const cleared = await conn.network.updateRouter(router, { external_gateway_info: null });
    expect(cleared.external_gateway_info).toBeNull();
    await conn.network.deleteRouter(router);
    await conn.network.waitForDeleteRouter(router, { interval: 100, timeout: 10_000 });
  });
});

describe("floating IPs on the real Neutron", () => {
  it("allocates an address of the external network, associates it with a port behind a router, and frees it", async () => {
    const router = await conn.network.createRouter({
      name: uniqueName("fip-router"),
      external_gateway_info: { network_id: world.external.id },
    });
    cleanup.push(() => conn.network.deleteRouter(router));
    await conn.network.addInterfaceToRouter({ router, subnet: world.internalSubnet.id });
    cleanup.push(() =>
      conn.network.removeInterfaceFromRouter({ router, subnet: world.internalSubnet.id }).catch(() => undefined),
    );

    const fip = await conn.network.createFloatingIp({ floating_network_id: world.external.id, description: "e2e" });
    cleanup.push(() => conn.network.deleteFloatingIp(fip));
    expect(fip.floating_ip_address).toMatch(/^203\.0\.113\./);
    expect(fip.port_id).toBeNull();

    const associated = await conn.network.updateFloatingIp(fip, { port_id: world.port.id });
    expect(associated.port_id).toBe(world.port.id);
    expect(associated.fixed_ip_address).toBe("10.77.0.20");
    expect(associated.router_id).toBe(router.id);
    expect((await conn.network.listFloatingIps({ port_id: world.port.id })).map((f) => f.id)).toEqual([fip.id]);
    expect(
      (await conn.network.listFloatingIps({ floating_ip_address: fip.floating_ip_address })).map((f) => f.id),
    ).toEqual([fip.id]);
    expect((await conn.network.findFloatingIp(fip.id))?.port_id).toBe(world.port.id);

    // Neutron keeps the interface while a floating IP NATs through it: a typed 409.
    await expect(
      conn.network.removeInterfaceFromRouter({ router, subnet: world.internalSubnet.id }),
    ).rejects.toBeInstanceOf(ConflictError);

    const freed = await conn.network.updateFloatingIp(fip, { port_id: null });
    expect(freed.port_id).toBeNull();
    expect(freed.fixed_ip_address).toBeNull();
    // Without an L3 agent the address is never wired, so it stays DOWN.
    expect(
      (await conn.network.waitForFloatingIp(fip, { status: "DOWN", interval: 200, timeout: 10_000 })).router_id,
    ).toBeNull();
    await conn.network.removeInterfaceFromRouter({ router, subnet: world.internalSubnet.id });
    await conn.network.deleteFloatingIp(fip);
    expect(await conn.network.findFloatingIp(fip.id)).toBeNull();
  });
});

describe("security groups on the real Neutron", () => {
  it("creates a group with Neutron's egress rules, adds rules one by one and in bulk, pages through them, and applies the group to a port", async () => {
    const name = uniqueName("sg");
    const group = await conn.network.createSecurityGroup({ name, description: "e2e" });
    cleanup.push(() => conn.network.deleteSecurityGroup(group));
    expect(group.security_group_rules.map((r) => `${r.direction} ${r.ethertype}`).sort()).toEqual([
      "egress IPv4",
      "egress IPv6",
    ]);
    expect((await conn.network.findSecurityGroup(name))?.id).toBe(group.id);

    const ssh = await conn.network.createSecurityGroupRule({
      security_group_id: group.id,
      direction: "ingress",
      ethertype: "IPv4",
      protocol: "tcp",
      port_range_min: 22,
      port_range_max: 22,
      remote_ip_prefix: "192.0.2.0/24",
    });
    expect(ssh.port_range_min).toBe(22);
    expect(ssh.remote_ip_prefix).toBe("192.0.2.0/24");
    const web = [80, 443].map((port) => ({
      security_group_id: group.id,
      direction: "ingress" as const,
      protocol: "tcp",
      port_range_min: port,
      port_range_max: port,
    }));
    const bulk = (await conn.network.createSecurityGroupRules({ security_group_rules: web })) as {
      security_group_rules: { id: string }[];
    };
    expect(bulk.security_group_rules).toHaveLength(2);

    const pages: number[] = [];
    for await (const page of conn.network.listSecurityGroupRules({ security_group_id: group.id }, { limit: 2 }).pages())
      pages.push(page.length);
    expect(pages).toEqual([2, 2, 1]);
    const ingress = await conn.network.listSecurityGroupRules({ security_group_id: group.id, direction: "ingress" });
    expect(ingress.map((r) => r.port_range_min).sort()).toEqual([22, 443, 80]);
    expect((await conn.network.getSecurityGroupRule(ssh.id)).protocol).toBe("tcp");
    expect((await conn.network.findSecurityGroupRule(ssh.id))?.id).toBe(ssh.id);

    const renamed = await conn.network.updateSecurityGroup(group, { name: `${name}-web`, description: "web" });
    expect(renamed.security_group_rules).toHaveLength(5);
    const guarded = await conn.network.updatePort(world.port, { security_groups: [group.id] });
    expect(guarded.security_groups).toEqual([group.id]);
    // In use by a port: Neutron refuses the delete with a 409.
    await expect(conn.network.deleteSecurityGroup(group)).rejects.toBeInstanceOf(ConflictError);
    await conn.network.updatePort(world.port, { security_groups: [] });

    await conn.network.deleteSecurityGroupRule(ssh);
    expect(await conn.network.findSecurityGroupRule(ssh.id)).toBeNull();
    await conn.network.deleteSecurityGroup(group);
    expect(await conn.network.findSecurityGroup(group.id)).toBeNull();
  });
});

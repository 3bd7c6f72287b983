// Neutron resources that need a service plugin: segments, trunks, QoS and floating IP port
// forwardings. Each test asks the server's extensions first: with the plugin loaded (see
// e2e/cloud/services/neutron.sh's service_plugins) it proves the resource for real; without
// it, it proves that Neutron answers 404 for the collection, which openstack-ts reports as
// NotFoundError. Unit tests prove the same resources on the API reference's sample bodies.
import { Connection, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";

const conn = new Connection(admin);
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error: unknown) => console.warn("cleanup:", error));
});

let loaded = new Set<string>();
beforeAll(async () => {
  loaded = new Set((await conn.network.listExtensions()).map((e) => e.alias));
});

/** A network, removed afterwards. */
async function network(body: Parameters<typeof conn.network.createNetwork>[0] = {}) {
  const net = await conn.network.createNetwork({ name: uniqueName("plugin"), ...body });
  cleanup.push(() => conn.network.deleteNetwork(net));
  return net;
}

describe("segments on the real Neutron", () => {
  it("lists a network's segment, adds a second one of another type, names it and removes it", async () => {
    if (!loaded.has("segment")) {
      await expect(conn.network.listSegments()).rejects.toBeInstanceOf(NotFoundError);
      return;
    }
    // A project network: one VXLAN segment, from the tenant network type.
    const net = await network();
    const [first] = await conn.network.listSegments({ network_id: net.id });
    expect([first?.network_type, first?.physical_network]).toEqual(["vxlan", null]);
    expect(first?.segmentation_id).toBe(net["provider:segmentation_id"]);
    // One segment per network, type and physical network: the second is a VLAN, its id allocated.
    const name = uniqueName("segment");
    const second = await conn.network.createSegment({
      network_id: net.id,
      network_type: "vlan",
      physical_network: "physnet1",
      name,
    });
    cleanup.push(() => conn.network.deleteSegment(second));
    expect(second.segmentation_id).toBeGreaterThanOrEqual(100);
    expect((await conn.network.findSegment(name))?.id).toBe(second.id);
    const both = await conn.network.listSegments({ network_id: net.id }, { limit: 1 });
    expect(both.map((s) => s.network_type).sort()).toEqual(["vlan", "vxlan"]);
    expect(
      (await conn.network.listSegments({ network_id: net.id, physical_network: "physnet1" })).map((s) => s.id),
    ).toEqual([second.id]);
    expect((await conn.network.updateSegment(second, { description: "e2e" })).description).toBe("e2e");
    await conn.network.deleteSegment(second);
    expect(await conn.network.findSegment(second.id)).toBeNull();
  });
});

describe("trunks on the real Neutron", () => {
  it("makes a trunk of a parent port, adds, lists and removes a subport, and deletes it", async () => {
    if (!loaded.has("trunk")) {
      await expect(conn.network.listTrunks()).rejects.toBeInstanceOf(NotFoundError);
      return;
    }
    const net = await network();
    const parent = await conn.network.createPort({ network_id: net.id, name: uniqueName("parent") });
    cleanup.push(() => conn.network.deletePort(parent));
    const child = await conn.network.createPort({ network_id: net.id, name: uniqueName("child") });
    cleanup.push(() => conn.network.deletePort(child));

    const name = uniqueName("trunk");
    const trunk = await conn.network.createTrunk({ port_id: parent.id, name });
    cleanup.push(() => conn.network.deleteTrunk(trunk));
    expect(trunk.sub_ports).toEqual([]);
    expect((await conn.network.findTrunk(name))?.id).toBe(trunk.id);
    expect((await conn.network.listTrunks({ port_id: parent.id })).map((t) => t.id)).toEqual([trunk.id]);

    const subPort = { port_id: child.id, segmentation_type: "vlan", segmentation_id: 42 };
    const grown = (await conn.network.addTrunkSubports({ trunk, sub_ports: [subPort] })) as { sub_ports: unknown[] };
    expect(grown.sub_ports).toEqual([subPort]);
    expect(await conn.network.getTrunkSubports({ trunk: trunk.id })).toEqual({ sub_ports: [subPort] });
    expect((await conn.network.getPort(parent.id)).trunk_details).toMatchObject({ trunk_id: trunk.id });
    await conn.network.deleteTrunkSubports({ trunk, sub_ports: [child] });
    expect((await conn.network.getTrunk(trunk.id)).sub_ports).toEqual([]);

    expect((await conn.network.updateTrunk(trunk, { description: "e2e", admin_state_up: false })).admin_state_up).toBe(
      false,
    );
    // No agent binds it: the trunk waits in DOWN.
    expect((await conn.network.waitForTrunk(trunk, { status: "DOWN", interval: 200, timeout: 10_000 })).id).toBe(
      trunk.id,
    );
    // Neutron refuses to delete a disabled trunk.
    await conn.network.updateTrunk(trunk, { admin_state_up: true });
    await conn.network.deleteTrunk(trunk);
    expect(await conn.network.findTrunk(trunk.id)).toBeNull();
  });
});

describe("QoS on the real Neutron", () => {
  it("lists rule types, makes a policy with one rule of each kind, changes and removes them", async () => {
    if (!loaded.has("qos")) {
      await expect(conn.network.listQosPolicies()).rejects.toBeInstanceOf(NotFoundError);
      return;
    }
    const types = (await conn.network.listQosRuleTypes()).map((t) => t.type);
    expect(types).toEqual(expect.arrayContaining(["bandwidth_limit", "dscp_marking", "minimum_bandwidth"]));
    const details = await conn.network.getQosRuleType("bandwidth_limit");
    expect(details.drivers?.map((d) => d.name)).toContain("openvswitch");

    const name = uniqueName("qos");
    const policy = await conn.network.createQosPolicy({ name, description: "e2e" });
    cleanup.push(() => conn.network.deleteQosPolicy(policy));
    expect((await conn.network.findQosPolicy(name))?.id).toBe(policy.id);
    const qos_policy_id = policy.id;
    const limit = await conn.network.createQosBandwidthLimitRule({
      qos_policy_id,
      max_kbps: 10_000,
      max_burst_kbps: 1_000,
    });
    const mark = await conn.network.createQosDscpMarkingRule({ qos_policy_id, dscp_mark: 26 });
    const floor = await conn.network.createQosMinimumBandwidthRule({
      qos_policy_id,
      min_kbps: 1_000,
      direction: "egress",
    });
    const rules = (await conn.network.getQosPolicy(policy.id)).rules;
    expect(rules.map((r) => r.type).sort()).toEqual(["bandwidth_limit", "dscp_marking", "minimum_bandwidth"]);
    if (loaded.has("qos-pps-minimum")) {
      const pps = await conn.network.createQosMinimumPacketRateRule({
        qos_policy_id,
        min_kpps: 1_000,
        direction: "any",
      });
      expect((await conn.network.getQosMinimumPacketRateRule(pps.id, { qos_policy_id })).direction).toBe("any");
      await conn.network.deleteQosMinimumPacketRateRule(pps, { qos_policy_id });
    }

    expect((await conn.network.listQosBandwidthLimitRules({ qos_policy_id })).map((r) => r.id)).toEqual([limit.id]);
    expect(
      (await conn.network.updateQosBandwidthLimitRule(limit, { max_kbps: 20_000 }, { qos_policy_id })).max_kbps,
    ).toBe(20_000);
    // A rule as the policy lists it carries its policy's id: enough to address it.
    const listedMark = rules.find((r) => r.id === mark.id)!;
    expect((await conn.network.updateQosDscpMarkingRule(listedMark, { dscp_mark: 46 })).dscp_mark).toBe(46);
    expect((await conn.network.getQosMinimumBandwidthRule(floor.id, { qos_policy_id })).min_kbps).toBe(1_000);

    // A VXLAN network cannot guarantee bandwidth: without that rule, the policy applies to it.
    await conn.network.deleteQosMinimumBandwidthRule(floor.id, { qos_policy_id });
    const net = await network({ qos_policy_id: policy.id });
    expect(net.qos_policy_id).toBe(policy.id);
    await conn.network.updateNetwork(net, { qos_policy_id: null });
    await conn.network.deleteQosDscpMarkingRule(listedMark);
    await conn.network.deleteQosBandwidthLimitRule(limit.id, { qos_policy_id });
    expect((await conn.network.getQosPolicy(policy.id)).rules).toEqual([]);
    expect((await conn.network.updateQosPolicy(policy, { shared: true })).shared).toBe(true);
    await conn.network.deleteQosPolicy(policy);
    expect(await conn.network.findQosPolicy(policy.id)).toBeNull();
  });
});

describe("port forwardings on the real Neutron", () => {
  it("forwards a port of a floating IP to a port behind the router, changes and removes it", async () => {
    if (!loaded.has("floating-ip-port-forwarding")) {
      await expect(
        conn.network.listPortForwardings({ floatingip_id: "00000000-0000-4000-8000-0000000000f1" }),
      ).rejects.toBeInstanceOf(NotFoundError);
      return;
    }
    const external = await network({
      "router:external": true,
      "provider:network_type": "flat",
      "provider:physical_network": uniqueName("phys"),
    });
    await conn.network.createSubnet({
      network_id: external.id,
      ip_version: 4,
      cidr: "198.51.100.0/24",
      enable_dhcp: false,
    });
    const internal = await network();
    const subnet = await conn.network.createSubnet({ network_id: internal.id, ip_version: 4, cidr: "10.79.0.0/24" });
    const router = await conn.network.createRouter({
      name: uniqueName("pf"),
      external_gateway_info: { network_id: external.id },
    });
    cleanup.push(() => conn.network.deleteRouter(router));
    await conn.network.addInterfaceToRouter({ router, subnet });
    cleanup.push(() => conn.network.removeInterfaceFromRouter({ router, subnet }));
    const server = await conn.network.createPort({
      network_id: internal.id,
      fixed_ips: [{ subnet_id: subnet.id, ip_address: "10.79.0.10" }],
    });
    cleanup.push(() => conn.network.deletePort(server));
    const fip = await conn.network.createFloatingIp({ floating_network_id: external.id });
    cleanup.push(() => conn.network.deleteFloatingIp(fip));

    const floatingip_id = fip.id;
    const forward = await conn.network.createPortForwarding({
      floatingip_id,
      protocol: "tcp",
      internal_port_id: server.id,
      internal_ip_address: "10.79.0.10",
      internal_port: 22,
      external_port: 2222,
      description: "ssh",
    });
    expect([forward.internal_port, forward.external_port]).toEqual([22, 2222]);
    expect((await conn.network.listPortForwardings({ floatingip_id: fip, protocol: "tcp" })).map((f) => f.id)).toEqual([
      forward.id,
    ]);
    expect((await conn.network.getPortForwarding(forward.id, { floatingip_id })).description).toBe("ssh");
    expect((await conn.network.findPortForwarding(forward.id, { floatingip_id }))?.id).toBe(forward.id);
    const moved = await conn.network.updatePortForwarding(forward, { external_port: 2200 }, { floatingip_id });
    expect(moved.external_port).toBe(2200);
    expect((await conn.network.getFloatingIp(fip.id)).port_forwardings?.length).toBe(1);
    await conn.network.deletePortForwarding(forward, { floatingip_id });
    expect(await conn.network.listPortForwardings({ floatingip_id })).toEqual([]);
  });
});

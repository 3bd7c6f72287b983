// Ironic's other resources on the real service (e2e/cloud/services/ironic.sh): ports and port
// groups of a node, chassis, drivers, allocations (the conductor picks a node), deploy
// templates, volume connectors and targets (the fake storage interface), conductors, and VIFs
// (Neutron ports, through the flat network interface, which writes the node's MAC into them).
import { Connection } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { fakeNodes } from "./support/ironic-nodes.js";
import { randomMac } from "./support/ramdisk.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const later = undoLater();
const quick = { interval: 500, maxInterval: 1_000, timeout: 120_000 } as const;

const fakeNode = fakeNodes(conn, later, quick);

describe("ports and port groups of a node", () => {
  it("creates, gets, finds, patches, lists by node and across pages, deletes", async () => {
    const node = await fakeNode("ports");
    const group = await conn.baremetal.createPortGroup({
      node_uuid: node.uuid,
      name: uniqueName("pg"),
      address: randomMac(),
    });
    later(`port group ${group.name}`, () => conn.baremetal.deletePortGroup(group));
    const port = await conn.baremetal.createPort({
      node_uuid: node.uuid,
      address: randomMac(),
      portgroup_uuid: group.uuid,
    });
    later(`port ${port.address}`, () => conn.baremetal.deletePort(port));
    const second = await conn.baremetal.createPort({ node_uuid: node.uuid, address: randomMac(), pxe_enabled: false });
    later(`port ${second.uuid}`, () => conn.baremetal.deletePort(second));

    expect(port).toMatchObject({ node_uuid: node.uuid, portgroup_uuid: group.uuid });
    expect((await conn.baremetal.getPort(port.uuid)).address).toBe(port.address);
    expect((await conn.baremetal.findPort(port.uuid))?.address).toBe(port.address);
    expect((await conn.baremetal.findPortGroup(group.name!))?.uuid).toBe(group.uuid);

    const patched = await conn.baremetal.updatePort(port, { extra: { switch: "sw1" }, physical_network: "physnet1" });
    expect(patched).toMatchObject({ extra: { switch: "sw1" }, physical_network: "physnet1" });
    const groupPatched = await conn.baremetal.updatePortGroup(group, { mode: "802.3ad" });
    expect(groupPatched.mode).toBe("802.3ad");

    const byNode = await conn.baremetal.listPorts({ node: node.uuid });
    expect(byNode.map((p) => p.uuid).sort()).toEqual([port.uuid, second.uuid].sort());
    expect((await conn.baremetal.listPorts({ address: second.address })).map((p) => p.uuid)).toEqual([second.uuid]);
    const pages: string[][] = [];
    for await (const page of conn.baremetal.listPorts({ node: node.uuid, limit: 1 }).pages())
      pages.push(page.map((p) => p.uuid));
    expect(pages).toHaveLength(2);
    expect(pages.flat().sort()).toEqual([port.uuid, second.uuid].sort());
    expect((await conn.baremetal.listPortGroups({ node: node.name! })).map((g) => g.uuid)).toEqual([group.uuid]);

    await conn.baremetal.deletePort(second);
    expect(await conn.baremetal.findPort(second.uuid)).toBeNull();
  });
});

describe("chassis", () => {
  it("creates a chassis, puts a node in it, patches, lists and deletes it", async () => {
    const made = await conn.baremetal.createChassis({ description: "e2e rack", extra: { row: 3 } });
    later(`chassis ${made.uuid}`, () => conn.baremetal.deleteChassis(made));
    const node = await fakeNode("in-chassis", { chassis_uuid: made.uuid });
    expect(node.chassis_uuid).toBe(made.uuid);
    expect((await conn.baremetal.listNodes({ chassis_uuid: made.uuid })).map((n) => n.uuid)).toEqual([node.uuid]);
    expect((await conn.baremetal.updateChassis(made, { description: "e2e rack 2" })).description).toBe("e2e rack 2");
    expect((await conn.baremetal.findChassis(made.uuid))?.uuid).toBe(made.uuid);
    expect((await conn.baremetal.listChassis()).map((c) => c.uuid)).toContain(made.uuid);
  });
});

describe("drivers and conductors", () => {
  it("lists fake-hardware served by the one conductor, with its interfaces and properties", async () => {
    const drivers = await conn.baremetal.listDrivers();
    const fake = drivers.find((d) => d.name === "fake-hardware");
    expect(fake).toMatchObject({ hosts: ["127.0.0.1"], type: "dynamic", default_power_interface: "fake" });
    // Ironic builds this list from a set: its order changes from one conductor start to the next.
    const networkInterfaces = (await conn.baremetal.getDriver("fake-hardware"))["enabled_network_interfaces"];
    expect([...(networkInterfaces as string[])].sort()).toEqual(["flat", "noop"]);
    expect(await conn.baremetal.getDriverProperties({ driver: "fake-hardware" })).toEqual(expect.any(Object));
    expect(await conn.baremetal.getDriverRaidLogicalDiskProperties({ driver: "fake-hardware" })).toEqual(
      expect.any(Object),
    );

    const conductors = await conn.baremetal.listConductors();
    expect(conductors.map((c) => c.hostname)).toContain("127.0.0.1");
    const one = await conn.baremetal.getConductor("127.0.0.1");
    expect(one).toMatchObject({ alive: true, conductor_group: "", drivers: ["fake-hardware"] });
  });
});

describe("allocations", () => {
  it("allocates an available node of a resource class and trait; patches and deletes the allocation", async () => {
    const resourceClass = `E2E_${Date.now().toString(36).toUpperCase()}`;
    const node = await fakeNode("alloc", { resource_class: resourceClass });
    await conn.baremetal.setNodeTraits({ node, traits: ["CUSTOM_E2E_GOLD"] });
    // only a node whose power state is known is a candidate; the fake power reports what it was told
    await conn.baremetal.setNodePowerState(node, "power off", { wait: true, ...quick });
    await conn.baremetal.setNodeProvisionState(node, "manage", { wait: true, ...quick });
    await conn.baremetal.setNodeProvisionState(node, "provide", { wait: true, ...quick });

    const name = uniqueName("alloc");
    const made = await conn.baremetal.createAllocation({
      name,
      resource_class: resourceClass,
      traits: ["CUSTOM_E2E_GOLD"],
    });
    later(`allocation ${name}`, () => conn.baremetal.deleteAllocation(made));
    const active = await conn.baremetal.waitForAllocation(made, { status: "active", ...quick });
    expect(active).toMatchObject({ node_uuid: node.uuid, state: "active", last_error: null });
    expect((await conn.baremetal.getNode(node)).allocation_uuid).toBe(made.uuid);
    expect((await conn.baremetal.findAllocation(name))?.uuid).toBe(made.uuid);
    expect((await conn.baremetal.listAllocations({ node: node.uuid })).map((a) => a.uuid)).toEqual([made.uuid]);
    expect((await conn.baremetal.updateAllocation(made, { extra: { by: "e2e" } })).extra).toEqual({ by: "e2e" });

    // none left of that class: the next allocation goes to error, with Ironic's reason
    const none = await conn.baremetal.createAllocation({ resource_class: resourceClass });
    later(`allocation ${none.uuid}`, () => conn.baremetal.deleteAllocation(none));
    await expect(conn.baremetal.waitForAllocation(none, { status: "active", ...quick })).rejects.toThrow(/error/i);

    await conn.baremetal.deleteAllocation(made);
    await conn.baremetal.waitForDeleteAllocation(made, quick);
    expect((await conn.baremetal.getNode(node)).allocation_uuid).toBeNull();
  });
});

describe("deploy templates", () => {
  it("creates, gets, finds, patches, lists and deletes a template", async () => {
    const name = `CUSTOM_E2E_${Date.now().toString(36).toUpperCase()}`;
    const step = { interface: "bios", step: "apply_configuration", args: { settings: [] }, priority: 10 };
    const made = await conn.baremetal.createDeployTemplate({ name, steps: [step] });
    later(`deploy template ${name}`, () => conn.baremetal.deleteDeployTemplate(made));
    expect(made.steps).toEqual([step]);
    expect((await conn.baremetal.findDeployTemplate(name))?.uuid).toBe(made.uuid);
    const patched = await conn.baremetal.updateDeployTemplate(made, { extra: { why: "e2e" } });
    expect(patched.extra).toEqual({ why: "e2e" });
    expect((await conn.baremetal.listDeployTemplates()).map((t) => t.uuid)).toContain(made.uuid);
  });
});

describe("volume connectors and targets", () => {
  it("creates, patches, lists by node and deletes both on a node with the fake storage interface", async () => {
    const node = await fakeNode("volume", { storage_interface: "fake" });
    // Ironic changes a node's volume resources only while it is powered off
    await conn.baremetal.setNodePowerState(node, "power off", { wait: true, ...quick });
    const connector = await conn.baremetal.createVolumeConnector({
      node_uuid: node.uuid,
      type: "iqn",
      connector_id: `iqn.2026-12.org.example:${uniqueName("c")}`,
    });
    later(`volume connector ${connector.uuid}`, () => conn.baremetal.deleteVolumeConnector(connector));
    const target = await conn.baremetal.createVolumeTarget({
      node_uuid: node.uuid,
      volume_type: "iscsi",
      volume_id: crypto.randomUUID(),
      boot_index: 0,
    });
    later(`volume target ${target.uuid}`, () => conn.baremetal.deleteVolumeTarget(target));

    expect((await conn.baremetal.updateVolumeConnector(connector, { extra: { a: 1 } })).extra).toEqual({ a: 1 });
    expect((await conn.baremetal.updateVolumeTarget(target, { properties: { lun: 1 } })).properties).toEqual({
      lun: 1,
    });
    expect((await conn.baremetal.listVolumeConnectors({ node: node.uuid })).map((c) => c.uuid)).toEqual([
      connector.uuid,
    ]);
    expect((await conn.baremetal.listVolumeTargets({ node: node.uuid })).map((t) => t.uuid)).toEqual([target.uuid]);
    expect((await conn.baremetal.getVolumeTarget(target.uuid)).boot_index).toBe(0);
    await conn.baremetal.deleteVolumeTarget(target);
    await conn.baremetal.deleteVolumeConnector(connector);
    expect(await conn.baremetal.findVolumeTarget(target.uuid)).toBeNull();
  });
});

describe("VIFs", () => {
  it("attaches a Neutron port to a node's port, lists it, detaches it (flat network interface)", async () => {
    const network = await conn.network.createNetwork({ name: uniqueName("bm-net") });
    later(`network ${network.name}`, () => conn.network.deleteNetwork(network));
    const vif = await conn.network.createPort({ network_id: network.id, name: uniqueName("vif") });
    later(`port ${vif.name}`, () => conn.network.deletePort(vif));
    // flat validates the node's cleaning network (here the node's own, in driver_info) in Neutron
    const node = await fakeNode("vif", { network_interface: "flat", driver_info: { cleaning_network: network.id } });
    const port = await conn.baremetal.createPort({ node_uuid: node.uuid, address: randomMac() });
    later(`port ${port.uuid}`, () => conn.baremetal.deletePort(port));

    await conn.baremetal.attachVifToNode({ node, vif_id: vif.id });
    expect(await conn.baremetal.listNodeVifs({ node })).toEqual([{ id: vif.id }]);
    expect((await conn.baremetal.getPort(port)).internal_info).toMatchObject({ tenant_vif_port_id: vif.id });
    // flat wrote the node port's MAC into the Neutron port
    expect((await conn.network.getPort(vif.id)).mac_address).toBe(port.address);
    await conn.baremetal.detachVifFromNode({ node, vif_id: vif.id });
    expect(await conn.baremetal.listNodeVifs({ node })).toEqual([]);
    // each attach and detach waits on Neutron (a port update), slow on a busy 2-core machine
  }, 180_000);
});

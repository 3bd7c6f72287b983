// Ironic's nodes on the real service (e2e/cloud/services/ironic.sh: ironic-api and
// ironic-conductor with the fake-hardware type): every state change here is the conductor's
// own, through the fake interfaces Ironic ships, so the provision states really go
// enroll → manageable → available → active and back, and the power state really turns.
import { ConflictError, Connection, HttpError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, recordingFetch, uniqueName } from "./support/cloud.js";
import { fakeNodes } from "./support/ironic-nodes.js";
import { undoLater } from "./support/undo-later.js";

/** The Ironic microversion header of every request to Ironic. */
const ironicVersions: string[] = [];
const recorder = recordingFetch();
const conn = new Connection({
  ...admin,
  fetch: (input, init) => {
    const request = new Request(input, init);
    if (new URL(request.url).port === "6385" && new URL(request.url).pathname.startsWith("/v1/"))
      ironicVersions.push(request.headers.get("X-OpenStack-Ironic-API-Version") ?? "none");
    return recorder.fetch(request);
  },
});
const later = undoLater();
const quick = { interval: 500, maxInterval: 1_000, timeout: 120_000 } as const;

const fakeNode = fakeNodes(conn, later, quick);

describe("nodes on the real Ironic", () => {
  it("creates a node in enroll, gets and finds it by name and uuid, patches its fields", async () => {
    const node = await fakeNode("node", { description: "made by e2e", properties: { cpus: 2 } });
    expect(node).toMatchObject({ driver: "fake-hardware", provision_state: "enroll", description: "made by e2e" });
    // the microversion was negotiated from Ironic's root and sent in Ironic's own header
    expect(recorder.requests.some((r) => r.method === "POST" && r.url.endsWith("/v1/nodes"))).toBe(true);

    expect((await conn.baremetal.getNode(node.uuid)).name).toBe(node.name);
    expect((await conn.baremetal.getNode(node.name!)).uuid).toBe(node.uuid);
    expect((await conn.baremetal.findNode(node.name!))?.uuid).toBe(node.uuid);
    expect(await conn.baremetal.findNode(uniqueName("absent"))).toBeNull();

    const patched = await conn.baremetal.updateNode(node, {
      description: "changed",
      extra: { rack: "r1" },
      properties: { cpus: 4, memory_mb: 1024 },
    });
    expect(patched).toMatchObject({
      description: "changed",
      extra: { rack: "r1" },
      properties: { cpus: 4, memory_mb: 1024 },
    });
    // null removes a field: description back to null
    expect((await conn.baremetal.updateNode(node, { description: null })).description).toBeNull();
  });

  it("moves a node enroll → manageable → available → active → available, and powers it on and off", async () => {
    const node = await fakeNode("states");
    const manageable = await conn.baremetal.setNodeProvisionState(node, "manage", { wait: true, ...quick });
    expect(manageable.provision_state).toBe("manageable");
    // provide runs automated cleaning through the fake deploy interface
    const available = await conn.baremetal.setNodeProvisionState(node, "provide", { wait: true, ...quick });
    expect(available).toMatchObject({ provision_state: "available", target_provision_state: null });

    const active = await conn.baremetal.setNodeProvisionState(node, "active", { wait: true, ...quick });
    expect(active.provision_state).toBe("active");
    const off = await conn.baremetal.setNodePowerState(node, "power off", { wait: true, ...quick });
    expect(off.power_state).toBe("power off");
    const on = await conn.baremetal.setNodePowerState(node, "power on", { wait: true, ...quick });
    expect(on.power_state).toBe("power on");
    await conn.baremetal.setNodePowerState(node, "rebooting", { wait: true, ...quick });

    // undeploy: deleting → cleaning → available
    await conn.baremetal.setNodeProvisionState(node, "deleted");
    const [back] = await conn.baremetal.waitForNodesProvisionState([node], "available", quick);
    expect(back!.provision_state).toBe("available");
    const states = await conn.baremetal.getNodeStates({ node });
    expect(states).toMatchObject({ provision_state: "available", target_provision_state: null });
  });

  it("waits for several nodes at once, and refuses a wait after a target that has no settled state", async () => {
    const nodes = await Promise.all([fakeNode("many"), fakeNode("many")]);
    await Promise.all(nodes.map((n) => conn.baremetal.setNodeProvisionState(n, "manage")));
    const settled = await conn.baremetal.waitForNodesProvisionState(nodes, "manageable", quick);
    expect(settled.map((n) => [n.uuid, n.provision_state])).toEqual(nodes.map((n) => [n.uuid, "manageable"]));
    await expect(conn.baremetal.setNodeProvisionState(nodes[0]!, "abort", { wait: true })).rejects.toThrow(
      /cannot wait after 'abort'/,
    );
  });

  it("sets maintenance with a reason and unsets it; validates; reads and sets the boot device", async () => {
    const node = await fakeNode("maint");
    await conn.baremetal.setNodeMaintenance({ node, reason: "e2e says so" });
    expect(await conn.baremetal.getNode(node)).toMatchObject({ maintenance: true, maintenance_reason: "e2e says so" });
    await conn.baremetal.unsetNodeMaintenance({ node });
    expect(await conn.baremetal.getNode(node)).toMatchObject({ maintenance: false, maintenance_reason: null });

    const validation = await conn.baremetal.validateNode({ node });
    expect(validation["power"]).toEqual({ result: true });
    expect(validation["management"]).toEqual({ result: true });

    expect(await conn.baremetal.getNodeSupportedBootDevices({ node })).toEqual(["pxe"]);
    await conn.baremetal.setNodeBootDevice({ node, boot_device: "pxe", persistent: true });
    expect(await conn.baremetal.getNodeBootDevice({ node })).toEqual({ boot_device: "pxe", persistent: false });
    // the fake management knows pxe only: Ironic refuses another, and says why
    await expect(conn.baremetal.setNodeBootDevice({ node, boot_device: "cdrom" })).rejects.toThrow(/cdrom/);
  });

  it("adds, sets, lists and removes traits", async () => {
    const node = await fakeNode("traits");
    await conn.baremetal.addNodeTrait({ node, trait: "CUSTOM_E2E_ONE" });
    await conn.baremetal.addNodeTrait({ node, trait: "CUSTOM_E2E_TWO" });
    expect((await conn.baremetal.listNodeTraits({ node })).sort()).toEqual(["CUSTOM_E2E_ONE", "CUSTOM_E2E_TWO"]);
    await conn.baremetal.removeNodeTrait({ node, trait: "CUSTOM_E2E_ONE" });
    expect((await conn.baremetal.getNode(node)).traits).toEqual(["CUSTOM_E2E_TWO"]);
    await conn.baremetal.setNodeTraits({ node, traits: ["CUSTOM_E2E_THREE", "HW_CPU_X86_VMX"] });
    expect((await conn.baremetal.listNodeTraits({ node })).sort()).toEqual(["CUSTOM_E2E_THREE", "HW_CPU_X86_VMX"]);
    await expect(conn.baremetal.addNodeTrait({ node, trait: "not a trait" })).rejects.toBeInstanceOf(HttpError);
  });

  it("applies BIOS settings through a manual clean step of the fake BIOS, then lists and gets them", async () => {
    const node = await fakeNode("bios");
    await conn.baremetal.setNodeProvisionState(node, "manage", { wait: true, ...quick });
    expect(await conn.baremetal.listNodeBiosSettings({ node })).toEqual([]);
    const settings = [
      { name: "ProcVirtualization", value: "Enabled" },
      { name: "BootMode", value: "Uefi" },
    ];
    await conn.baremetal.setNodeProvisionState(node, "clean", {
      wait: true,
      ...quick,
      clean_steps: [{ interface: "bios", step: "apply_configuration", args: { settings } }],
    });
    const listed = await conn.baremetal.listNodeBiosSettings({ node });
    expect(listed.map((s) => [s.name, s.value]).sort()).toEqual([
      ["BootMode", "Uefi"],
      ["ProcVirtualization", "Enabled"],
    ]);
    const one = await conn.baremetal.getNodeBiosSetting({ node, setting: "BootMode" });
    expect(one["BootMode"]).toMatchObject({ name: "BootMode", value: "Uefi" });
  });

  it("enables and disables the fake console; an NMI reaches Ironic, whose fake management cannot inject one", async () => {
    const node = await fakeNode("console");
    expect(await conn.baremetal.getNodeConsole({ node })).toEqual({ console_enabled: false, console_info: null });
    await conn.baremetal.enableNodeConsole({ node });
    await expect.poll(async () => (await conn.baremetal.getNodeConsole({ node })).console_enabled, quick).toBe(true);
    await conn.baremetal.disableNodeConsole({ node });
    await expect.poll(async () => (await conn.baremetal.getNodeConsole({ node })).console_enabled, quick).toBe(false);
    await expect(conn.baremetal.injectNmiToNode({ node })).rejects.toThrow(
      /inject_nmi|not supported|does not support/i,
    );
  });

  it("lists nodes across pages (Ironic's next) and by filter", async () => {
    const made = await Promise.all([fakeNode("page"), fakeNode("page"), fakeNode("page")]);
    const pages: string[][] = [];
    for await (const page of conn.baremetal.listNodes({ limit: 1 }).pages()) pages.push(page.map((n) => n.uuid));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.every((page) => page.length === 1)).toBe(true);
    expect(pages.flat()).toEqual(expect.arrayContaining(made.map((n) => n.uuid)));
    const enrolled = await conn.baremetal.listNodes({ provision_state: "enroll", driver: "fake-hardware" });
    expect(enrolled.every((n) => n.provision_state === "enroll")).toBe(true);
    expect(enrolled.map((n) => n.uuid)).toEqual(expect.arrayContaining(made.map((n) => n.uuid)));
  });

  it("refuses a delete while the node is active, and deletes it once available", async () => {
    const node = await fakeNode("delete");
    await conn.baremetal.setNodeProvisionState(node, "manage", { wait: true, ...quick });
    await conn.baremetal.setNodeProvisionState(node, "provide", { wait: true, ...quick });
    await conn.baremetal.setNodeProvisionState(node, "active", { wait: true, ...quick });
    await expect(conn.baremetal.deleteNode(node)).rejects.toBeInstanceOf(ConflictError);
    await conn.baremetal.setNodeProvisionState(node, "deleted", { wait: true, ...quick });
    await conn.baremetal.deleteNode(node);
    await conn.baremetal.waitForDeleteNode(node, quick);
    expect(await conn.baremetal.findNode(node.uuid)).toBeNull();
  });

  it("sends Ironic's microversion header, negotiated from its root: min(the SDK's 1.82, the server's)", async () => {
    const node = await fakeNode("mv");
    await conn.baremetal.getNode(node);
    const versions = new Set(ironicVersions);
    expect(versions).toEqual(new Set(["1.82"]));
  });
});

// Ironic's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): a fake-hardware node made in enroll, read by name and uuid, patched;
// moved enroll → manageable → available → active → available with only the passing states
// and targets the real conductor shows; powered off and on; put in maintenance; refused what
// its state forbids, in Ironic's words; its ports; nodes paged with Ironic's `next`; the driver;
// and the microversion, negotiated from Ironic's root and sent in Ironic's own header.
import { BadRequestError, ConflictError, Connection, NotFoundError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { fakeNodes } from "./support/ironic-nodes.js";
import { randomMac } from "./support/ramdisk.js";
import { undoLater } from "./support/undo-later.js";
import { admin, uniqueName } from "./support/target.js";

/** Ironic's microversion headers, of every request to Ironic's v1 and of its answer. */
const sent: string[] = [];
const answered: string[] = [];
const conn = new Connection({
  ...admin,
  fetch: async (input, init) => {
    const request = new Request(input, init);
    const ironic = request.headers.has("X-OpenStack-Ironic-API-Version");
    if (ironic) sent.push(request.headers.get("X-OpenStack-Ironic-API-Version")!);
    const response = await fetch(request);
    if (ironic) answered.push(response.headers.get("X-OpenStack-Ironic-API-Version") ?? "none");
    return response;
  },
});
const later = undoLater();
const quick = { interval: 100, maxInterval: 500, timeout: 60_000 } as const;

const fakeNode = fakeNodes(conn, later, quick);

/** Moves a node and records every (state, target) pair a poll saw on the way. */
async function move(node: { uuid: string }, verb: "manage" | "provide" | "active" | "deleted") {
  const seen: string[] = [];
  await conn.baremetal.setNodeProvisionState(node, verb);
  const settled = { manage: "manageable", provide: "available", active: "active", deleted: "available" }[verb];
  const [done] = await conn.baremetal.waitForNodesProvisionState([node], settled, {
    ...quick,
    onProgress: (n) => seen.push(`${n.provision_state} → ${n.target_provision_state}`),
  });
  return { done: done!, seen: [...new Set(seen)] };
}

describe("nodes", () => {
  it("are made in enroll with fake-hardware's interfaces, read by name and uuid, patched, refused twice", async () => {
    const node = await fakeNode("bm-node", { description: "fidelity", properties: { cpus: 2 } });
    expect(node).toMatchObject({
      provision_state: "enroll",
      target_provision_state: null,
      power_state: null,
      maintenance: false,
      power_interface: "fake",
      deploy_interface: "fake",
      network_interface: "noop",
      traits: [],
      extra: {},
    });
    expect((await conn.baremetal.getNode(node.name!)).uuid).toBe(node.uuid);
    expect((await conn.baremetal.findNode(node.uuid))?.name).toBe(node.name);
    expect(await conn.baremetal.findNode(uniqueName("absent"))).toBeNull();
    const patched = await conn.baremetal.updateNode(node, { extra: { rack: "r1" }, description: null });
    expect(patched).toMatchObject({ extra: { rack: "r1" }, description: null, properties: { cpus: 2 } });
    expect(patched.updated_at).toEqual(expect.any(String));

    const twice = conn.baremetal.createNode({ driver: "fake-hardware", name: node.name! });
    await expect(twice).rejects.toBeInstanceOf(ConflictError);
    await expect(twice).rejects.toMatchObject({ serverMessage: `A node with name ${node.name} already exists.` });
    const missing = conn.baremetal.getNode("7cf9fe3d-0000-4000-8000-000000000000");
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing).rejects.toMatchObject({
      serverMessage: "Node 7cf9fe3d-0000-4000-8000-000000000000 could not be found.",
    });
    await expect(conn.baremetal.createNode({ driver: "no-such-driver" })).rejects.toBeInstanceOf(BadRequestError);
  });

  it("go enroll → manageable → available → active → available through the passing states Ironic shows", async () => {
    const node = await fakeNode("bm-states");
    const manage = await move(node, "manage");
    expect(manage.done).toMatchObject({ provision_state: "manageable", target_provision_state: null });
    expect(manage.seen.filter((s) => s !== "manageable → null")).toEqual(
      manage.seen.filter((s) => ["enroll → null", "verifying → manageable"].includes(s)),
    );
    const provide = await move(node, "provide");
    expect(provide.done.provision_state).toBe("available");
    const allowedProvide = ["manageable → null", "cleaning → available", "clean wait → available", "available → null"];
    expect(provide.seen.every((s) => allowedProvide.includes(s))).toBe(true);
    const deploy = await move(node, "active");
    expect(deploy.done).toMatchObject({ provision_state: "active", target_provision_state: null });
    const allowedDeploy = ["available → null", "deploying → active", "wait call-back → active", "active → null"];
    expect(deploy.seen.every((s) => allowedDeploy.includes(s))).toBe(true);

    // a verb the state does not take: 400 in Ironic's words; a delete of an active node: 409
    const refused = conn.baremetal.setNodeProvisionState(node, "manage");
    await expect(refused).rejects.toBeInstanceOf(BadRequestError);
    await expect(refused).rejects.toMatchObject({
      serverMessage: `The requested action "manage" can not be performed on node "${node.uuid}" while it is in state "active".`,
    });
    await expect(conn.baremetal.deleteNode(node)).rejects.toBeInstanceOf(ConflictError);

    const off = await conn.baremetal.setNodePowerState(node, "power off", { wait: true, ...quick });
    expect(off).toMatchObject({ power_state: "power off", target_power_state: null });
    expect((await conn.baremetal.setNodePowerState(node, "power on", { wait: true, ...quick })).power_state).toBe(
      "power on",
    );

    const undeploy = await move(node, "deleted");
    expect(undeploy.done).toMatchObject({ provision_state: "available", target_provision_state: null });
    const allowedUndeploy = ["active → null", "deleting → available", "cleaning → available", "available → null"];
    expect(undeploy.seen.every((s) => allowedUndeploy.includes(s))).toBe(true);
    expect(await conn.baremetal.getNodeStates({ node })).toMatchObject({
      provision_state: "available",
      target_provision_state: null,
      power_state: "power on",
      target_power_state: null,
      last_error: null,
    });
    await conn.baremetal.deleteNode(node);
    expect(await conn.baremetal.findNode(node.uuid)).toBeNull();
  });

  it("go into maintenance with a reason and out of it", async () => {
    const node = await fakeNode("bm-maint");
    await conn.baremetal.setNodeMaintenance({ node, reason: "fidelity says so" });
    expect(await conn.baremetal.getNode(node)).toMatchObject({
      maintenance: true,
      maintenance_reason: "fidelity says so",
    });
    await conn.baremetal.unsetNodeMaintenance({ node });
    expect(await conn.baremetal.getNode(node)).toMatchObject({ maintenance: false, maintenance_reason: null });
  });

  it("are listed by filter and across pages of one (Ironic's next)", async () => {
    const made = [await fakeNode("bm-page"), await fakeNode("bm-page"), await fakeNode("bm-page")];
    const pages: string[][] = [];
    for await (const page of conn.baremetal.listNodes({ limit: 1 }).pages()) pages.push(page.map((n) => n.uuid));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.every((page) => page.length === 1)).toBe(true);
    expect(pages.flat()).toEqual(expect.arrayContaining(made.map((n) => n.uuid)));
    const enrolled = await conn.baremetal.listNodes({ provision_state: "enroll", driver: "fake-hardware" });
    expect(enrolled.every((n) => n.provision_state === "enroll")).toBe(true);
    expect(enrolled.map((n) => n.uuid)).toEqual(expect.arrayContaining(made.map((n) => n.uuid)));
  });
});

describe("ports", () => {
  it("are made on a node, listed by node and address and by page, patched, refused a taken MAC, deleted", async () => {
    const node = await fakeNode("bm-ports");
    const first = await conn.baremetal.createPort({ node_uuid: node.uuid, address: randomMac() });
    later(
      `port ${first.uuid}`,
      async () => void (await conn.baremetal.deletePort(first.uuid, { ignoreMissing: true })),
    );
    const second = await conn.baremetal.createPort({ node_uuid: node.uuid, address: randomMac(), pxe_enabled: false });
    later(
      `port ${second.uuid}`,
      async () => void (await conn.baremetal.deletePort(second.uuid, { ignoreMissing: true })),
    );
    expect(first).toMatchObject({ node_uuid: node.uuid, pxe_enabled: true, portgroup_uuid: null, extra: {} });
    expect((await conn.baremetal.getPort(first.uuid)).address).toBe(first.address);

    const byNode = await conn.baremetal.listPorts({ node: node.name! });
    expect(byNode.map((p) => p.uuid).sort()).toEqual([first.uuid, second.uuid].sort());
    expect((await conn.baremetal.listPorts({ address: second.address })).map((p) => p.uuid)).toEqual([second.uuid]);
    const pages: string[][] = [];
    for await (const page of conn.baremetal.listPorts({ node: node.uuid, limit: 1 }).pages())
      pages.push(page.map((p) => p.uuid));
    expect(pages).toEqual([[first.uuid], [second.uuid]]);

    const patched = await conn.baremetal.updatePort(first, { extra: { switch: "sw1" }, physical_network: "physnet1" });
    expect(patched).toMatchObject({ extra: { switch: "sw1" }, physical_network: "physnet1" });
    const taken = conn.baremetal.createPort({ node_uuid: node.uuid, address: first.address });
    await expect(taken).rejects.toBeInstanceOf(ConflictError);
    await expect(taken).rejects.toMatchObject({
      serverMessage: `A port with MAC address ${first.address} already exists.`,
    });

    await conn.baremetal.deletePort(second);
    expect(await conn.baremetal.findPort(second.uuid)).toBeNull();
  });
});

describe("drivers and microversions", () => {
  it("list fake-hardware on one conductor, with its default and enabled interfaces", async () => {
    const drivers = await conn.baremetal.listDrivers();
    expect(drivers.find((d) => d.name === "fake-hardware")).toMatchObject({
      type: "dynamic",
      hosts: [expect.any(String)],
    });
    const fake = await conn.baremetal.getDriver("fake-hardware");
    expect(fake).toMatchObject({ default_power_interface: "fake", default_network_interface: "noop" });
    expect([...(fake["enabled_network_interfaces"] as string[])].sort()).toEqual(["flat", "noop"]);
  });

  it("are min(the SDK's 1.82, the server's), sent in Ironic's header and answered in it", async () => {
    await conn.baremetal.listNodes({ limit: 1 }).pages().next();
    expect(new Set(sent)).toEqual(new Set(["1.82"]));
    expect(new Set(answered)).toEqual(new Set(["1.82"]));
  });
});

// Ironic Inspector's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): a rule made, read, found, listed, refused without actions; a manageable
// fake-hardware node introspected: starting → waiting, the test posting the ramdisk's inventory
// to /v1/continue, finished, the node's properties and the rule's attribute written in Ironic,
// the data stored; another aborted while waiting; a node without a port ends in error.
import { BadRequestError, Connection, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { inventoryOf, postInventory, randomMac } from "./support/ramdisk.js";
import { admin, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const inspector = conn.baremetalIntrospection;
const quick = { interval: 200, maxInterval: 1_000, timeout: 120_000 } as const;
const cleanup: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch((error) => console.warn("cleanup:", error));
});

async function manageableNode(what: string, withPort = true) {
  const node = await conn.baremetal.createNode({ driver: "fake-hardware", name: uniqueName(`mf-${what}`) });
  cleanup.push(() => conn.baremetal.deleteNode(node.uuid));
  await conn.baremetal.setNodeProvisionState(node, "manage", { wait: true, ...quick });
  const mac = randomMac();
  if (withPort) await conn.baremetal.createPort({ node_uuid: node.uuid, address: mac });
  return { node, mac };
}

describe("introspection rules", () => {
  it("are made with the conditions' defaults, read, found, listed, refused without actions, deleted", async () => {
    const description = uniqueName("mf-rule");
    const rule = await inspector.createIntrospectionRule({
      description,
      conditions: [{ op: "eq", field: "inventory.cpu.count", value: 3 }],
      actions: [{ action: "set-attribute", path: "/extra/mf", value: description }],
    });
    cleanup.push(() => inspector.deleteIntrospectionRule(rule).catch(() => undefined));
    expect(rule.conditions).toEqual([
      { op: "eq", field: "inventory.cpu.count", value: 3, multiple: "any", invert: false },
    ]);
    expect(await inspector.getIntrospectionRule(rule.uuid)).toMatchObject({ description, actions: rule.actions });
    expect((await inspector.findIntrospectionRule(description))?.uuid).toBe(rule.uuid);
    const listed = (await inspector.listIntrospectionRules()).find((r) => r.uuid === rule.uuid);
    expect(listed).toMatchObject({ uuid: rule.uuid, description });
    expect(listed).not.toHaveProperty("actions");
    await expect(inspector.createIntrospectionRule({ description, actions: [] })).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });
});

describe("introspection", () => {
  it("waits for the ramdisk, processes its inventory, runs the rules and stores the data", async () => {
    const { node, mac } = await manageableNode("inspect");
    const description = uniqueName("mf-rule");
    const rule = await inspector.createIntrospectionRule({
      description,
      conditions: [{ op: "eq", field: "inventory.cpu.count", value: 3 }],
      actions: [{ action: "set-attribute", path: "/extra/mf", value: description }],
    });
    cleanup.push(() => inspector.deleteIntrospectionRule(rule));
    await expect(inspector.getIntrospection(node.uuid)).rejects.toBeInstanceOf(NotFoundError);

    await inspector.startIntrospection({ introspection: node.uuid });
    const waiting = await inspector.waitForIntrospection(node.uuid, { status: "waiting", ...quick });
    expect(waiting).toMatchObject({ uuid: node.uuid, state: "waiting", finished: false, error: null });
    expect((await inspector.listIntrospections()).map((i) => i.uuid)).toContain(node.uuid);

    expect(await postInventory(conn, inventoryOf(mac, 3, 4096))).toEqual({ status: 200, body: { uuid: node.uuid } });
    const done = await inspector.waitForIntrospection(node.uuid, { status: "finished", ...quick });
    expect(done).toMatchObject({ finished: true, error: null });
    const inspected = await conn.baremetal.getNode(node.uuid);
    expect(inspected.properties).toMatchObject({ cpus: "3", memory_mb: "4096", local_gb: "99", cpu_arch: "x86_64" });
    expect(inspected.extra).toMatchObject({ mf: description });
    expect(await inspector.getIntrospectionData({ introspection: node.uuid })).toMatchObject({
      cpus: 3,
      memory_mb: 4096,
      macs: [mac],
    });
    expect(await inspector.getUnprocessedIntrospectionData({ introspection: node.uuid })).toEqual(
      inventoryOf(mac, 3, 4096),
    );
    // a ramdisk calling again for a node no longer waiting finds no node
    expect((await postInventory(conn, inventoryOf(mac))).status).toBe(400);
  });

  it("aborts a waiting introspection, and fails one whose node has nothing to be found by", async () => {
    const { node } = await manageableNode("abort");
    await inspector.startIntrospection({ introspection: node.uuid, manage_boot: false });
    await inspector.waitForIntrospection(node.uuid, { status: "waiting", ...quick });
    await inspector.abortIntrospection({ introspection: node.uuid });
    const aborted = await inspector.waitForIntrospection(node.uuid, { status: "error", failures: [], ...quick });
    expect(aborted).toMatchObject({ finished: true, error: "Canceled by operator" });

    const { node: bare } = await manageableNode("no-port", false);
    await inspector.startIntrospection({ introspection: bare.uuid });
    const failed = await inspector.waitForIntrospection(bare.uuid, { status: "error", failures: [], ...quick });
    expect(failed.error).toMatch(/No lookup attributes were found/);
  });

  it("answers 404 for a node Ironic does not know", async () => {
    await expect(inspector.startIntrospection({ introspection: uniqueName("mf-nowhere") })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

// Ironic Inspector on the real service (e2e/cloud/services/ironic-inspector.sh) against the
// cloud's real Ironic: introspection of a fake-hardware node in manageable, found by the MAC of
// its port when the test, playing the ramdisk, posts the inventory to /v1/continue; the status
// goes starting → waiting → processing → finished, the node's properties are written in Ironic,
// the stored data reads back, a rule's set-attribute lands on the node; abort ends a waiting one.
import { Connection } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { inventoryOf, postInventory, randomMac } from "./support/ramdisk.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const inspector = conn.baremetalIntrospection;
const later = undoLater();
const quick = { interval: 500, maxInterval: 1_000, timeout: 120_000 } as const;

/** A fake-hardware node in manageable, with one port: what an introspection starts on. */
async function manageableNode(what: string) {
  const node = await conn.baremetal.createNode({ driver: "fake-hardware", name: uniqueName(what) });
  later(`node ${node.name}`, () => conn.baremetal.deleteNode(node.uuid));
  await conn.baremetal.setNodeProvisionState(node, "manage", { wait: true, ...quick });
  const mac = randomMac();
  await conn.baremetal.createPort({ node_uuid: node.uuid, address: mac });
  return { node, mac };
}

/** Polls until the introspection finished after `previous` (a reapply's end), at most a minute. */
async function finishedAgain(uuid: string, previous: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const status = await inspector.getIntrospection(uuid);
    if (status.finished && status.finished_at !== previous) return status;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`introspection ${uuid} did not finish again after ${previous}`);
}

describe("introspection of a node", () => {
  it("starts, waits for the ramdisk, processes its inventory, stores the data and runs the rules", async () => {
    const { node, mac } = await manageableNode("inspect");
    const tag = uniqueName("rule");
    const rule = await inspector.createIntrospectionRule({
      description: tag,
      conditions: [{ op: "eq", field: "inventory.cpu.count", value: 6 }],
      actions: [{ action: "set-attribute", path: "/extra/inspected_by", value: tag }],
    });
    later(`rule ${tag}`, () => inspector.deleteIntrospectionRule(rule));
    expect(rule.conditions?.[0]).toMatchObject({ op: "eq", field: "inventory.cpu.count", multiple: "any" });
    expect((await inspector.getIntrospectionRule(rule.uuid)).actions).toEqual(rule.actions);
    expect((await inspector.findIntrospectionRule(tag))?.uuid).toBe(rule.uuid);
    expect((await inspector.listIntrospectionRules()).map((r) => r.uuid)).toContain(rule.uuid);

    await inspector.startIntrospection({ introspection: node.uuid });
    const waiting = await inspector.waitForIntrospection(node.uuid, { status: "waiting", ...quick });
    expect(waiting).toMatchObject({ uuid: node.uuid, finished: false, error: null });

    const answer = await postInventory(conn, inventoryOf(mac, 6, 16384));
    expect(answer).toEqual({ status: 200, body: { uuid: node.uuid } });
    const finished = await inspector.waitForIntrospection(node.uuid, { status: "finished", ...quick });
    expect(finished).toMatchObject({ finished: true, error: null });
    expect(finished.finished_at).toBeTruthy();

    const inspected = await conn.baremetal.getNode(node.uuid);
    expect(inspected.properties).toMatchObject({ cpus: "6", memory_mb: "16384", local_gb: "99", cpu_arch: "x86_64" });
    expect(inspected.extra).toMatchObject({ inspected_by: tag });

    const data = await inspector.getIntrospectionData({ introspection: node.uuid });
    expect(data).toMatchObject({ inventory: { cpu: { count: 6 } }, macs: [mac] });
    const raw = await inspector.getUnprocessedIntrospectionData({ introspection: node.uuid });
    expect(raw).toMatchObject({ inventory: { cpu: { count: 6 } }, boot_interface: mac });
    expect(raw).not.toHaveProperty("macs");

    // reapplying the stored data runs processing again: the rule's value changed meanwhile
    await conn.baremetal.updateNode(inspected, { extra: {} });
    await inspector.reapplyIntrospection({ introspection: node.uuid });
    // 202 at once, the state goes reapplying in the background: finished again is a new finished_at
    expect(await finishedAgain(node.uuid, finished.finished_at!)).toMatchObject({ state: "finished", error: null });
    expect((await conn.baremetal.getNode(node.uuid)).extra).toMatchObject({ inspected_by: tag });

    const listed = await inspector.listIntrospections();
    expect(listed.map((i) => i.uuid)).toContain(node.uuid);
  });

  it("aborts a waiting introspection: error, canceled by the operator", async () => {
    const { node } = await manageableNode("abort");
    await inspector.startIntrospection({ introspection: node.uuid, manage_boot: false });
    await inspector.waitForIntrospection(node.uuid, { status: "waiting", ...quick });
    await inspector.abortIntrospection({ introspection: node.uuid });
    await inspector.waitForIntrospection(node.uuid, { status: "error", failures: [], ...quick });
    // The inspector writes the state and then, in a later commit, `finished` and the error: a
    // read between the two sees `error` not yet finished
    await expect
      .poll(() => inspector.getIntrospection(node.uuid), { interval: 200, timeout: 10_000 })
      .toMatchObject({ finished: true, error: "Canceled by operator" });
  });

  it("pages the introspections by marker, newest first", async () => {
    const nodes = [await manageableNode("page-1"), await manageableNode("page-2")];
    for (const { node } of nodes) {
      await inspector.startIntrospection({ introspection: node.uuid, manage_boot: false });
      await inspector.waitForIntrospection(node.uuid, { status: "waiting", ...quick });
      later(`introspection ${node.name}`, () => inspector.abortIntrospection({ introspection: node.uuid }));
    }
    const pages: string[][] = [];
    for await (const page of inspector.listIntrospections({ limit: 1 }).pages()) {
      pages.push(page.map((i) => i.uuid));
      if (pages.length === 2) break;
    }
    expect(pages).toEqual([[nodes[1]!.node.uuid], [nodes[0]!.node.uuid]]);
  });

  it("refuses a node that is not manageable and answers 404 for an unknown one", async () => {
    const node = await conn.baremetal.createNode({ driver: "fake-hardware", name: uniqueName("enroll-only") });
    later(`node ${node.name}`, () => conn.baremetal.deleteNode(node.uuid));
    await expect(inspector.getIntrospection(node.uuid)).rejects.toMatchObject({ status: 404 });
    const started = inspector.startIntrospection({ introspection: node.uuid });
    // enroll is a state the inspector accepts, but a node without a port or BMC address has
    // nothing to be looked up by: the start fails in the background, as an error status
    await started;
    const failed = await inspector.waitForIntrospection(node.uuid, { status: "error", failures: [], ...quick });
    expect(failed.error).toMatch(/lookup attributes/);
  });
});

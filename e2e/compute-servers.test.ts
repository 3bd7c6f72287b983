// Servers on the real Nova, booted by nova-compute's fake driver: create, wait for ACTIVE,
// every state change, resize with confirm and revert, rebuild, rescue, metadata, tags,
// console, snapshots, scheduler hints, instance actions, delete; and the same server list
// as Python's openstacksdk.
import { compute, Connection, isPartial, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { pythonLists } from "./support/python-lists.js";

const conn = new Connection(admin);
const prefix = uniqueName("srv");
const cleanup: (() => Promise<unknown>)[] = [];
let imageId: string;
let serverId: string;

/** The fake driver changes state within a second or two; a minute is plenty, and bounded. */
const waitFor = (id: string, status: string) =>
  conn.compute.waitForServer(id, { status, interval: 500, maxInterval: 2_000, timeout: 60_000 });
/** The server, full: the loopback cloud has one cell, always reachable, so never a partial record. */
const get = async (): Promise<compute.Server> => {
  const server = await conn.compute.getServer(serverId);
  if (isPartial(server)) throw new Error(`server ${serverId} came back partial`);
  return server;
};

/** Until the server has no task in progress (a snapshot leaves it ACTIVE while it runs). */
async function settle(id: string): Promise<void> {
  await conn.compute.waitForServer(id, { status: "ACTIVE", interval: 500, timeout: 60_000 });
  for (let i = 0; i < 120 && (await conn.compute.getServer(id))["OS-EXT-STS:task_state"]; i++)
    await new Promise((r) => setTimeout(r, 500));
}

beforeAll(async () => {
  // A few bytes are an image as far as Glance and the fake driver care.
  const image = await conn.image
    .post("images", { json: { name: `${prefix}-image`, disk_format: "raw", container_format: "bare" } })
    .json<{ id: string }>();
  imageId = image.id;
  cleanup.push(() => conn.image.delete(`images/${imageId}`));
  await conn.image.put(`images/${imageId}/file`, {
    body: new TextEncoder().encode("not really a disk"),
    headers: { "Content-Type": "application/octet-stream" },
  });

  const created = (await conn.compute.createServer({
    name: `${prefix}-main`,
    imageRef: imageId,
    flavorRef: await conn.compute.findFlavor("m1.tiny", { ignoreMissing: false }),
    networks: "none",
    metadata: { purpose: "e2e" },
    tags: ["e2e", "main"],
    user_data: "#!/bin/sh\necho hello from openstack-ts\n",
    description: "made by the e2e suite",
  })) as { server: { id: string; adminPass?: string } };
  serverId = created.server.id;
  cleanup.push(() => conn.compute.deleteServer(serverId));
  await waitFor(serverId, "ACTIVE");
}, 120_000);

afterAll(async () => {
  for (const undo of cleanup.reverse()) await undo().catch(() => undefined);
}, 120_000);

/** openstacksdk's `conn.compute.servers(**query)` on the same cloud, as sorted ids. */
const openstacksdkServerIds = (query: Record<string, unknown>): string[] =>
  pythonLists({ servers: { service: "compute", method: "servers", query } })
    .servers.map((server) => String(server.id))
    .sort();

describe("servers on the real Nova", () => {
  it("boots a server to ACTIVE with what it was created with", async () => {
    const server: compute.Server = await get();
    expect(server).toMatchObject({
      name: `${prefix}-main`,
      status: "ACTIVE",
      metadata: { purpose: "e2e" },
      description: "made by the e2e suite",
      locked: false,
      "OS-EXT-STS:vm_state": "active",
    });
    expect(server.tags?.slice().sort()).toEqual(["e2e", "main"]);
    expect(server.flavor?.original_name).toBe("m1.tiny");
    expect(server.image).toMatchObject({ id: imageId });
    // Admins see the user data, base64 as Nova keeps it.
    expect(atob(server["OS-EXT-SRV-ATTR:user_data"] ?? "")).toBe("#!/bin/sh\necho hello from openstack-ts\n");
    expect((await conn.compute.findServer(`${prefix}-main`))?.id).toBe(serverId);
    expect((await conn.compute.listServers({ name: prefix })).map((s) => s.id)).toEqual([serverId]);
  });

  it("places a second server by a scheduler hint, and lists the same servers as openstacksdk", async () => {
    const group = await conn.compute.createServerGroup({ name: `${prefix}-group`, policy: "affinity" });
    cleanup.push(() => conn.compute.deleteServerGroup(group));
    // The package's typed createServer: the same request as the façade's, its answer parsed.
    const created = await compute.createServer(conn.session, {
      name: `${prefix}-hinted`,
      imageRef: { id: imageId },
      flavorRef: (await conn.compute.findFlavor("m1.tiny", { ignoreMissing: false })).id,
      networks: "none",
      "os:scheduler_hints": { group: group.id },
    });
    const hinted = created.id;
    cleanup.push(() => conn.compute.deleteServer(hinted));
    await waitFor(hinted, "ACTIVE");
    expect((await conn.compute.getServerGroup(group)).members).toEqual([hinted]);

    const ours = (await conn.compute.listServers({ name: prefix })).map((s) => s.id).sort();
    expect(ours).toEqual([serverId, hinted].sort());
    expect(openstacksdkServerIds({ name: prefix })).toEqual(ours);

    // Every project's servers: other runs may add or remove some meanwhile, so ours must
    // match two openstacksdk lists taken before and after it that agree with each other.
    let matched = false;
    for (let attempt = 0; attempt < 3 && !matched; attempt++) {
      const before = openstacksdkServerIds({ all_projects: true });
      const mine = (await conn.compute.listServers({ all_tenants: true }, { limit: 2 })).map((s) => s.id).sort();
      const after = openstacksdkServerIds({ all_projects: true });
      if (JSON.stringify(before) !== JSON.stringify(after)) continue;
      expect(mine).toEqual(before);
      expect(mine).toEqual(expect.arrayContaining([serverId, hinted]));
      matched = true;
    }
    expect(matched).toBe(true);

    await conn.compute.deleteServer(hinted);
    await conn.compute.waitForDeleteServer(hinted, { interval: 500, timeout: 60_000 });
    expect(await conn.compute.findServer(hinted)).toBeNull();
  }, 180_000);

  it("reboots, stops and starts, pauses and unpauses, suspends and resumes", async () => {
    await conn.compute.rebootServer({ server: serverId, type: "SOFT" });
    await waitFor(serverId, "ACTIVE");
    await conn.compute.stopServer({ server: serverId });
    expect((await waitFor(serverId, "SHUTOFF"))["OS-EXT-STS:power_state"]).toBe(4);
    await conn.compute.startServer({ server: serverId });
    await waitFor(serverId, "ACTIVE");
    await conn.compute.pauseServer({ server: serverId });
    await waitFor(serverId, "PAUSED");
    await conn.compute.unpauseServer({ server: serverId });
    await waitFor(serverId, "ACTIVE");
    await conn.compute.suspendServer({ server: serverId });
    await waitFor(serverId, "SUSPENDED");
    await conn.compute.resumeServer({ server: serverId });
    expect((await waitFor(serverId, "ACTIVE"))["OS-EXT-STS:vm_state"]).toBe("active");
  }, 180_000);

  it("locks with a reason and unlocks", async () => {
    await conn.compute.lockServer({ server: serverId, locked_reason: "e2e maintenance" });
    expect(await get()).toMatchObject({ locked: true, locked_reason: "e2e maintenance" });
    expect((await conn.compute.listServers({ locked: true, name: prefix })).map((s) => s.id)).toEqual([serverId]);
    await conn.compute.unlockServer({ server: serverId });
    expect(await get()).toMatchObject({ locked: false, locked_reason: null });
  });

  it("resizes and confirms, then resizes and reverts", async () => {
    const small = await conn.compute.findFlavor("m1.small", { ignoreMissing: false });
    await conn.compute.resizeServer({ server: serverId, flavorRef: small });
    await waitFor(serverId, "VERIFY_RESIZE");
    await conn.compute.confirmServerResize({ server: serverId });
    expect((await waitFor(serverId, "ACTIVE")).flavor?.original_name).toBe("m1.small");

    await conn.compute.resizeServer({
      server: serverId,
      flavorRef: (await conn.compute.findFlavor("m1.tiny", { ignoreMissing: false })).id,
    });
    expect((await waitFor(serverId, "VERIFY_RESIZE")).flavor?.original_name).toBe("m1.tiny");
    await conn.compute.revertServerResize({ server: serverId });
    expect((await waitFor(serverId, "ACTIVE")).flavor?.original_name).toBe("m1.small");

    const resizes = await conn.compute.listMigrations({ instance_uuid: serverId, migration_type: "resize" });
    expect(resizes.map((m) => m.status).sort()).toEqual(["confirmed", "reverted"]);
    expect(await conn.compute.listServerMigrations({ server: serverId })).toEqual([]);
  }, 180_000);

  it("rebuilds from the image with a new name, and rescues and unrescues", async () => {
    await conn.compute.rebuildServer({
      server: serverId,
      imageRef: imageId,
      name: `${prefix}-main`,
      description: "rebuilt",
    });
    expect((await waitFor(serverId, "ACTIVE")).description).toBe("rebuilt");
    await conn.compute.rescueServer({ server: serverId });
    await waitFor(serverId, "RESCUE");
    await conn.compute.unrescueServer({ server: serverId });
    await waitFor(serverId, "ACTIVE");
  }, 120_000);

  it("changes metadata as a whole and item by item", async () => {
    expect(await conn.compute.setServerMetadata({ server: serverId, metadata: { color: "blue" } })).toEqual({
      metadata: { purpose: "e2e", color: "blue" },
    });
    expect(await conn.compute.getServerMetadataItem({ server: serverId, key: "color" })).toEqual({
      meta: { color: "blue" },
    });
    await conn.compute.setServerMetadataItem({ server: serverId, key: "color", value: "green" });
    await conn.compute.deleteServerMetadataItem({ server: serverId, key: "purpose" });
    expect(await conn.compute.getServerMetadata({ server: serverId })).toEqual({ metadata: { color: "green" } });
    await expect(conn.compute.getServerMetadataItem({ server: serverId, key: "purpose" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await conn.compute.replaceServerMetadata({ server: serverId, metadata: { only: "this" } });
    expect((await get()).metadata).toEqual({ only: "this" });
  });

  it("changes tags, and lists servers by tag", async () => {
    await conn.compute.addServerTag({ server: serverId, tag: "extra" });
    expect(await conn.compute.checkServerTag({ server: serverId, tag: "extra" })).toBe(true);
    expect(await conn.compute.checkServerTag({ server: serverId, tag: "absent" })).toBe(false);
    expect(((await conn.compute.listServerTags({ server: serverId })) as { tags: string[] }).tags.sort()).toEqual([
      "e2e",
      "extra",
      "main",
    ]);
    expect((await conn.compute.listServers({ tags: ["e2e", "extra"], name: prefix })).map((s) => s.id)).toEqual([
      serverId,
    ]);
    expect(await conn.compute.listServers({ "not-tags": ["extra"], name: prefix })).toEqual([]);
    await conn.compute.removeServerTag({ server: serverId, tag: "extra" });
    expect(await conn.compute.replaceServerTags({ server: serverId, tags: ["only"] })).toEqual({ tags: ["only"] });
    await conn.compute.removeAllServerTags({ server: serverId });
    expect((await get()).tags).toEqual([]);
  });

  it("renames, reads the console, opens a remote console and lists interfaces and volumes", async () => {
    expect(
      (await conn.compute.updateServer(serverId, { name: `${prefix}-renamed`, description: "renamed" })).name,
    ).toBe(`${prefix}-renamed`);
    const output = (await conn.compute.getServerConsoleOutput({ server: serverId, length: 1 })) as { output: string };
    expect(typeof output.output).toBe("string");
    const remote = (await conn.compute.createServerRemoteConsole({
      server: serverId,
      protocol: "vnc",
      type: "novnc",
    })) as { remote_console: { url: string } };
    expect(remote.remote_console.url).toMatch(/^https?:\/\//);
    expect(await conn.compute.listServerInterfaces({ server: serverId })).toEqual([]);
    expect(await conn.compute.listVolumeAttachments({ server: serverId })).toEqual([]);
  });

  it("snapshots the server to an image whose id comes back, from Location (2.1) or from the body (2.45)", async () => {
    const response = await conn.compute.createServerImage({ server: serverId, name: `${prefix}-snap1` });
    // No microversion asked: Nova names the image in Location and sends no body.
    expect(response.headers.get("location")).toMatch(/\/images\/[0-9a-f-]{36}$/);
    const first = await compute.imageIdOf(response);
    cleanup.push(() => conn.image.delete(`images/${first}`));
    expect((await conn.image.get(`images/${first}`).json<{ name: string }>()).name).toBe(`${prefix}-snap1`);
    await settle(serverId);

    const at245 = new Connection({ ...admin, computeDefaultMicroversion: "2.45" });
    const second = await compute.createServerImage(at245.session, {
      server: serverId,
      name: `${prefix}-snap2`,
      metadata: { from: "e2e" },
    });
    cleanup.push(() => conn.image.delete(`images/${second}`));
    expect(second).not.toBe(first);
    expect(await conn.image.get(`images/${second}`).json<{ name: string; from: string }>()).toMatchObject({
      name: `${prefix}-snap2`,
      from: "e2e",
    });
    await settle(serverId);
  }, 120_000);

  it("records every action in the instance actions, each with its events", async () => {
    const actions = await conn.compute.listServerActions({ server: serverId });
    const names = actions.map((a) => a.action);
    expect(names).toEqual(
      expect.arrayContaining([
        "create",
        "reboot",
        "stop",
        "start",
        "pause",
        "unpause",
        "suspend",
        "resume",
        "resize",
        "confirmResize",
        "revertResize",
        "rebuild",
        "rescue",
        "unrescue",
        "lock",
        "unlock",
      ]),
    );
    const paged = await conn.compute.listServerActions({ server: serverId }, { limit: 3 });
    expect(paged.map((a) => a.request_id)).toEqual(actions.map((a) => a.request_id));
    const reboot = actions.find((a) => a.action === "reboot")!;
    const detail = await conn.compute.getServerAction(reboot.request_id, { server: serverId });
    expect(detail.events?.map((e) => e.event)).toContain("compute_reboot_instance");
  });

  it("deletes the server and waits until it is gone", async () => {
    await conn.compute.deleteServer(serverId);
    await conn.compute.waitForDeleteServer(serverId, { interval: 500, timeout: 60_000 });
    await expect(conn.compute.getServer(serverId)).rejects.toBeInstanceOf(NotFoundError);
    await conn.compute.deleteServer(serverId);
  }, 90_000);
});

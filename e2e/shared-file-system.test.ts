// Manila on the real service: the share service drives the dummy driver python3-manila ships
// (e2e/cloud/services/manila.sh), so every state below was reached by the scheduler and the
// share manager: a share is placed on the dummy pool and becomes available with the driver's
// export locations; access rules become active; snapshots, extend, shrink, revert, unmanage
// and manage each go through the share service and back to available.
import { Connection, NotFoundError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const manila = conn.sharedFileSystem;
const later = undoLater();
const AVAILABLE = { status: "available", interval: 300, timeout: 90_000 } as const;
const GONE = { interval: 300, timeout: 90_000 } as const;
/** The one pool of the loopback cloud: host `loopback`, backend `dummy`, the driver's pool. */
const POOL = "loopback@dummy#fake_pool_for_dummy";

async function availableShare(what: string, extra: { size?: number; metadata?: Record<string, string> } = {}) {
  const created = await manila.createShare({
    share_proto: "NFS",
    size: extra.size ?? 1,
    name: uniqueName(what),
    ...extra,
  });
  later(`share ${created.name}`, async () => {
    await manila.deleteShare(created);
    await manila.waitForDeleteShare(created, GONE);
  });
  expect(created.status).toBe("creating");
  return manila.waitForShare(created, AVAILABLE);
}

describe("shares on the real Manila", () => {
  it("creates a share the dummy backend makes available; gets, finds, updates it and reads its export locations", async () => {
    const share = await availableShare("share", { metadata: { purpose: "e2e" } });
    expect(share).toMatchObject({
      share_proto: "NFS",
      size: 1,
      host: POOL,
      share_type_name: "default",
      metadata: { purpose: "e2e" },
    });

    expect((await manila.getShare(share.id)).name).toBe(share.name);
    expect((await manila.findShare(share.name!))?.id).toBe(share.id);
    expect(await manila.findShare(uniqueName("absent"))).toBeNull();

    const updated = await manila.updateShare({ share, description: "changed", name: `${share.name}-renamed` });
    expect(updated).toMatchObject({ description: "changed", name: `${share.name}-renamed` });

    // the dummy driver exports each share at three addresses, one of them admin-only
    const locations = await manila.listExportLocations({ share_id: share });
    expect(locations).toHaveLength(3);
    expect(locations.filter((l) => l.preferred)).toHaveLength(1);
    expect(locations.every((l) => l.path.includes("/path/to/fake/share/"))).toBe(true);
    const one = await manila.getExportLocation({ share_id: share, id: locations[0]!.id });
    expect(one.path).toBe(locations[0]!.path);
  });

  it("lists shares across pages (limit and offset) and by filter", async () => {
    const a = await availableShare("page");
    const b = await availableShare("page");
    const pages: string[][] = [];
    for await (const page of manila.listShares({ limit: 1 }).pages()) pages.push(page.map((s) => s.id));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.every((page) => page.length === 1)).toBe(true);
    const walked = pages.flat();
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked).toEqual(expect.arrayContaining([a.id, b.id]));
    // every page together is the whole list, in the same order
    expect(walked).toEqual((await manila.listShares()).map((s) => s.id));

    expect((await manila.listShares({ name: a.name! })).map((s) => s.id)).toEqual([a.id]);
    expect((await manila.listShares({ "name~": a.name!.slice(0, -2) })).map((s) => s.id)).toContain(a.id);
  });

  it("extends and shrinks a share through the share service", async () => {
    const share = await availableShare("resize");
    await manila.extendShare({ share, new_size: 3 });
    expect((await manila.getShare(share)).status).toMatch(/^(extending|available)$/);
    expect((await manila.waitForShare(share, AVAILABLE)).size).toBe(3);
    await manila.shrinkShare({ share, new_size: 2 });
    expect((await manila.waitForShare(share, AVAILABLE)).size).toBe(2);
  });

  it("keeps metadata: reads, merges, replaces, removes", async () => {
    const share = await availableShare("meta", { metadata: { a: "1" } });
    expect(await manila.getShareMetadata({ share })).toEqual({ a: "1" });
    expect(await manila.createShareMetadata({ share, metadata: { b: "2" } })).toEqual({ a: "1", b: "2" });
    expect(await manila.getShareMetadataItem({ share, key: "b" })).toEqual({ b: "2" });
    expect(await manila.updateShareMetadata({ share, metadata: { c: "3" } })).toEqual({ c: "3" });
    await manila.deleteShareMetadata({ share, key: "c" });
    expect(await manila.getShareMetadata({ share })).toEqual({});
    await expect(manila.getShareMetadataItem({ share, key: "c" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("grants access rules the share service applies, with their metadata, and revokes them", async () => {
    const share = await availableShare("access");
    const rule = await manila.createAccessRule({
      share_id: share,
      access_type: "ip",
      access_to: "127.0.0.1",
      access_level: "ro",
      metadata: { who: "e2e" },
    });
    expect(rule).toMatchObject({ access_to: "127.0.0.1", access_level: "ro", metadata: { who: "e2e" } });
    const active = await manila.waitForAccessRule(rule, { status: "active", interval: 300, timeout: 60_000 });
    expect(active.share_id).toBe(share.id);
    expect((await manila.listAccessRules({ share_id: share.id })).map((r) => r.id)).toEqual([rule.id]);
    // the answer is the items given; the rule keeps the others
    expect(await manila.updateAccessRuleMetadata({ access: rule, metadata: { more: "yes" } })).toEqual({ more: "yes" });
    expect((await manila.getAccessRule(rule)).metadata).toEqual({ who: "e2e", more: "yes" });
    await manila.deleteAccessRuleMetadata({ access: rule, key: "who" });
    expect((await manila.getAccessRule(rule)).metadata).toEqual({ more: "yes" });

    await manila.deleteAccessRule({ share_id: share, access_id: rule });
    // the rule is gone once the share service denied it
    await manila.waitForShare(share, AVAILABLE);
    for (let i = 0; i < 100 && (await manila.listAccessRules({ share_id: share.id })).length > 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await manila.listAccessRules({ share_id: share.id })).toEqual([]);
  });

  it("snapshots a share, reverts the share to it, lists, updates and deletes it", async () => {
    const share = await availableShare("snap");
    const made = await manila.createShareSnapshot({ share_id: share.id, name: uniqueName("snap") });
    later(`snapshot ${made.name}`, async () => {
      await manila.deleteShareSnapshot(made);
      await manila.waitForDeleteShareSnapshot(made, GONE);
    });
    const snapshot = await manila.waitForShareSnapshot(made, AVAILABLE);
    expect(snapshot).toMatchObject({ share_id: share.id, size: 1 });
    expect((await manila.findShareSnapshot(made.name!))?.id).toBe(made.id);
    expect((await manila.listShareSnapshots({ share_id: share.id })).map((s) => s.id)).toEqual([made.id]);
    expect((await manila.updateShareSnapshot({ snapshot: made, description: "kept" })).description).toBe("kept");

    await manila.revertShareToSnapshot({ share, snapshot_id: snapshot });
    expect((await manila.waitForShare(share, AVAILABLE)).status).toBe("available");

    // a share made from the snapshot
    const copy = await manila.createShare({
      share_proto: "NFS",
      size: 1,
      snapshot_id: snapshot.id,
      name: uniqueName("copy"),
    });
    later(`share ${copy.name}`, async () => {
      await manila.deleteShare(copy);
      await manila.waitForDeleteShare(copy, GONE);
    });
    expect((await manila.waitForShare(copy, AVAILABLE)).snapshot_id).toBe(snapshot.id);

    await manila.deleteShareSnapshot(made);
    await manila.waitForDeleteShareSnapshot(made, GONE);
    await expect(manila.getShareSnapshot(made.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("unmanages a share and manages it back from its export path (admin)", async () => {
    const share = await availableShare("manage");
    const [location] = await manila.listExportLocations({ share_id: share });
    await manila.unmanageShare({ share });
    await manila.waitForDeleteShare(share, GONE);

    const managed = await manila.manageShare({
      protocol: "NFS",
      export_path: location!.path,
      service_host: POOL,
      name: `${share.name}-managed`,
    });
    later(`share ${managed.name}`, async () => {
      await manila.deleteShare(managed);
      await manila.waitForDeleteShare(managed, GONE);
    });
    expect(managed.status).toBe("manage_starting");
    const back = await manila.waitForShare(managed, AVAILABLE);
    expect(back).toMatchObject({ name: `${share.name}-managed`, host: POOL, size: 1 });
  });

  it("refuses what Manila would refuse, before any request: unknown filters and read-only fields", async () => {
    // @ts-expect-error: not a filter of shares
    await expect(manila.listShares({ colour: "blue" })).rejects.toThrow(/colour/);
    // @ts-expect-error: the server sets a share's status
    await expect(manila.createShare({ share_proto: "NFS", size: 1, status: "available" })).rejects.toThrow(/status/);
  });
});

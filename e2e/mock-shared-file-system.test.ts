// Manila's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): a share made `creating` and placed on the dummy pool, read, renamed,
// paged through by offset; extended and shrunk through their passing states, refused a size
// that is no change; snapshotted (the share then refuses a delete, in Manila's words); access
// granted (queued_to_apply → active) and revoked; the default share type; the microversion,
// sent and answered in Manila's own header.
import { BadRequestError, Connection, ForbiddenError, NotFoundError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { undoLater } from "./support/undo-later.js";
import { admin, uniqueName } from "./support/target.js";

/** Manila's microversion headers, of every request to Manila and of its answer. */
const sent: string[] = [];
const answered: string[] = [];
const conn = new Connection({
  ...admin,
  fetch: async (input, init) => {
    const request = new Request(input, init);
    const manila = request.headers.has("X-OpenStack-Manila-API-Version");
    if (manila) sent.push(request.headers.get("X-OpenStack-Manila-API-Version")!);
    const response = await fetch(request);
    if (manila) answered.push(response.headers.get("X-OpenStack-Manila-API-Version") ?? "none");
    return response;
  },
});
const manila = conn.sharedFileSystem;
const later = undoLater();
const AVAILABLE = { status: "available", interval: 100, maxInterval: 500, timeout: 90_000 } as const;
const GONE = { interval: 100, maxInterval: 500, timeout: 90_000 } as const;

async function availableShare(what: string, size = 1) {
  const created = await manila.createShare({ share_proto: "NFS", size, name: uniqueName(what) });
  later(`share ${created.name}`, async () => {
    await manila.deleteShare(created);
    await manila.waitForDeleteShare(created, GONE);
  });
  expect(created).toMatchObject({ status: "creating", host: "", progress: null, share_type_name: "default" });
  return manila.waitForShare(created, AVAILABLE);
}

describe("shares", () => {
  it("are made creating, placed on the dummy pool, read, renamed, paged by offset, and missing ones are a 404", async () => {
    const share = await availableShare("mf-share");
    expect(share).toMatchObject({
      size: 1,
      share_proto: "NFS",
      host: "loopback@dummy#fake_pool_for_dummy",
      availability_zone: "nova",
      progress: "100%",
      access_rules_status: "active",
      snapshot_support: true,
      is_public: false,
    });
    expect((await manila.findShare(share.name!))?.id).toBe(share.id);
    const renamed = await manila.updateShare({ share, description: "fidelity", name: `${share.name}-2` });
    expect(renamed).toMatchObject({ description: "fidelity", name: `${share.name}-2` });

    const other = await availableShare("mf-page");
    const pages: string[][] = [];
    for await (const page of manila.listShares({ limit: 1 }).pages()) pages.push(page.map((s) => s.id));
    expect(pages.every((page) => page.length === 1)).toBe(true);
    // newest first, and every page together is the whole list
    expect(pages.flat()).toEqual((await manila.listShares()).map((s) => s.id));
    expect(pages.flat().indexOf(other.id)).toBeLessThan(pages.flat().indexOf(share.id));

    const missing = manila.getShare("00000000-0000-4000-8000-000000000000");
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing).rejects.toMatchObject({ serverMessage: "The resource could not be found." });
    const badProtocol = manila.createShare({ share_proto: "XYZ", size: 1 });
    await expect(badProtocol).rejects.toBeInstanceOf(BadRequestError);
    await expect(badProtocol).rejects.toMatchObject({
      serverMessage: expect.stringMatching(/^Invalid input received: Invalid share protocol provided: XYZ/),
    });
  });

  it("are extended and shrunk through extending and shrinking, and refused a size that is no change", async () => {
    const share = await availableShare("mf-resize");
    await manila.extendShare({ share, new_size: 2 });
    expect((await manila.getShare(share)).status).toMatch(/^(extending|available)$/);
    expect((await manila.waitForShare(share, AVAILABLE)).size).toBe(2);
    await manila.shrinkShare({ share, new_size: 1 });
    expect((await manila.getShare(share)).status).toMatch(/^(shrinking|available)$/);
    expect((await manila.waitForShare(share, AVAILABLE)).size).toBe(1);
    await expect(manila.extendShare({ share, new_size: 1 })).rejects.toMatchObject({
      status: 400,
      serverMessage:
        "Invalid input received: New size for extend must be greater than current size. (current: 1, extended: 1).",
    });
    await expect(manila.shrinkShare({ share, new_size: 5 })).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe("snapshots", () => {
  it("are made creating then available, renamed, keep their share from a delete, and are deleted", async () => {
    const share = await availableShare("mf-snap");
    const made = await manila.createShareSnapshot({ share_id: share.id, name: uniqueName("mf-snap") });
    later(`snapshot ${made.name}`, async () => {
      if ((await manila.findShareSnapshot(made.id)) === null) return;
      await manila.deleteShareSnapshot(made);
      await manila.waitForDeleteShareSnapshot(made, GONE);
    });
    expect(made).toMatchObject({ status: "creating", share_id: share.id, size: 1, share_proto: "NFS" });
    const snapshot = await manila.waitForShareSnapshot(made, AVAILABLE);
    expect(snapshot.provider_location).toMatch(/^\/path\/to\/fake\/snapshot\//);
    expect((await manila.listShareSnapshots({ share_id: share.id })).map((s) => s.id)).toEqual([made.id]);
    expect((await manila.updateShareSnapshot({ snapshot: made, description: "kept" })).description).toBe("kept");

    const refused = manila.deleteShare(share);
    await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
    await expect(refused).rejects.toMatchObject({ serverMessage: "Invalid share: %(reason)s." });

    await manila.deleteShareSnapshot(made);
    await manila.waitForDeleteShareSnapshot(made, GONE);
    await expect(manila.getShareSnapshot(made.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("access rules", () => {
  it("are queued, applied, listed without their share, refused twice, and revoked", async () => {
    const share = await availableShare("mf-access");
    const rule = await manila.createAccessRule({
      share_id: share,
      access_type: "ip",
      access_to: "10.0.0.7",
      access_level: "ro",
    });
    expect(rule).toMatchObject({ share_id: share.id, state: "queued_to_apply", access_key: null, metadata: {} });
    const active = await manila.waitForAccessRule(rule, { status: "active", interval: 100, timeout: 60_000 });
    expect(active).toMatchObject({ share_id: share.id, access_to: "10.0.0.7", access_level: "ro" });
    const listed = await manila.listAccessRules({ share_id: share.id });
    expect(listed.map((r) => [r.id, r.state])).toEqual([[rule.id, "active"]]);
    await expect(
      manila.createAccessRule({ share_id: share, access_type: "ip", access_to: "10.0.0.7", access_level: "ro" }),
    ).rejects.toMatchObject({ status: 400, serverMessage: "Share access ip:10.0.0.7 exists." });
    await expect(
      manila.createAccessRule({ share_id: share, access_type: "ip", access_to: "not-an-ip", access_level: "ro" }),
    ).rejects.toMatchObject({
      status: 400,
      serverMessage: "'not-an-ip' does not appear to be an IPv4 or IPv6 network",
    });

    await manila.deleteAccessRule({ share_id: share, access_id: rule });
    await expect
      .poll(async () => (await manila.listAccessRules({ share_id: share.id })).length, {
        interval: 100,
        timeout: 60_000,
      })
      .toBe(0);
    await expect(manila.getAccessRule(rule.id)).rejects.toMatchObject({
      status: 404,
      serverMessage: `Share access rule ${rule.id} not found.`,
    });
  });
});

describe("share types and microversions", () => {
  it("have the default type, and every call is at min(the SDK's 2.73, the server's), answered in Manila's header", async () => {
    const types = await manila.listShareTypes();
    const byName = types.find((t) => t.name === "default");
    expect(byName).toMatchObject({
      is_default: true,
      required_extra_specs: { driver_handles_share_servers: "False" },
      extra_specs: expect.objectContaining({ snapshot_support: "True" }),
    });
    expect((await manila.getDefaultShareType()).id).toBe(byName!.id);
    expect(new Set(sent)).toEqual(new Set(["2.73"]));
    expect(new Set(answered)).toEqual(new Set(["2.73"]));
  });
});

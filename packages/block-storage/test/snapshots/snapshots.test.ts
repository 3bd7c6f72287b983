import { ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, blockStorageCloud, fault, sent, versionOf } from "../fixtures.js";
import {
  createdSnapshotBody,
  createSnapshotRequest,
  listedSnapshotBody,
  snapshotBody,
  snapshotMetadataBody,
  updatedSnapshotBody,
  updateSnapshotRequest,
} from "./fixtures.js";

const { server, setup } = blockStorageCloud();
const id = snapshotBody.id;

describe("snapshots", () => {
  it("lists snapshots/detail with filters and parses 3.65 bodies", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/snapshots/detail`, () => HttpResponse.json({ snapshots: [listedSnapshotBody] })));
    const [snapshot] = await facade.listSnapshots({
      all_tenants: true,
      volume_id: listedSnapshotBody.volume_id,
      status: "available",
    });
    expect(snapshot).toMatchObject({
      consumes_quota: true,
      "os-extended-snapshot-attributes:progress": "0%",
      metadata: { key: "v3" },
    });
    expect(seen.map((r) => `${sent(r)} ${versionOf(r)}`)).toEqual([
      `GET snapshots/detail?all_tenants=true&volume_id=${listedSnapshotBody.volume_id}&status=available 3.70`,
    ]);
  });

  it("creates with force (the API reference's request) and parses the shorter create answer", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/snapshots`, () => HttpResponse.json({ snapshot: createdSnapshotBody }, { status: 202 })),
    );
    const created = await facade.createSnapshot(createSnapshotRequest.snapshot);
    expect(created.status).toBe("creating");
    expect(created["os-extended-snapshot-attributes:progress"]).toBeUndefined();
    expect(await seen[0]!.json()).toEqual(createSnapshotRequest);
    // @ts-expect-error: volume_id is required
    await expect(facade.createSnapshot({ name: "x" })).rejects.toThrow("createSnapshot needs 'volume_id'");
  });

  it("updates name and description, not metadata", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${API}/snapshots/:id`, () => HttpResponse.json({ snapshot: updatedSnapshotBody })));
    expect((await facade.updateSnapshot(updatedSnapshotBody.id, updateSnapshotRequest.snapshot)).name).toBe("snap-002");
    expect(await seen[0]!.json()).toEqual(updateSnapshotRequest);
    // @ts-expect-error: metadata changes through setSnapshotMetadata
    await expect(facade.updateSnapshot(id, { metadata: {} })).rejects.toThrow(/'metadata' cannot be set/);
  });

  it("resets and sets status, force-deletes and unmanages through snapshots/{id}/action", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/snapshots/:id/action`, () => accepted()));
    await facade.resetSnapshotStatus({ snapshot: id, status: "available" });
    await facade.setSnapshotStatus({ snapshot: id, status: "creating", progress: "80%" });
    await facade.forceDeleteSnapshot({ snapshot: snapshotBody });
    await facade.unmanageSnapshot({ snapshot: id });
    expect(seen.map(sent)).toEqual(Array(4).fill(`POST snapshots/${id}/action`));
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      { "os-reset_status": { status: "available" } },
      { "os-update_snapshot_status": { status: "creating", progress: "80%" } },
      { "os-force_delete": {} },
      { "os-unmanage": {} },
    ]);
  });

  it("reads, merges, replaces and deletes metadata", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/snapshots/:id/metadata`, () => HttpResponse.json(snapshotMetadataBody)),
      http.post(`${API}/snapshots/:id/metadata`, async ({ request }) => HttpResponse.json(await request.json())),
      http.put(`${API}/snapshots/:id/metadata`, async ({ request }) => HttpResponse.json(await request.json())),
      http.delete(`${API}/snapshots/:id/metadata/:key`, () => new HttpResponse(null, { status: 200 })),
    );
    expect(await facade.getSnapshotMetadata({ snapshot: id })).toEqual({ metadata: { key: "v3" } });
    expect(await facade.setSnapshotMetadata({ snapshot: id, metadata: { a: "1" } })).toEqual({ metadata: { a: "1" } });
    await facade.replaceSnapshotMetadata({ snapshot: id, metadata: { b: "2" } });
    await facade.deleteSnapshotMetadata({ snapshot: id, key: "a" });
    expect(seen.map(sent)).toEqual([
      `GET snapshots/${id}/metadata`,
      `POST snapshots/${id}/metadata`,
      `PUT snapshots/${id}/metadata`,
      `DELETE snapshots/${id}/metadata/a`,
    ]);
  });

  it("manages an existing snapshot at 3.8", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/manageable_snapshots`, () => HttpResponse.json({ snapshot: snapshotBody }, { status: 202 })),
    );
    const snapshot = { volume_id: snapshotBody.volume_id, ref: { "source-name": "lvol0" }, name: "managed" };
    expect(await facade.manageSnapshot({ snapshot })).toEqual({ snapshot: snapshotBody });
    expect(await seen[0]!.json()).toEqual({ snapshot });
    expect(versionOf(seen[0]!)).toBe("3.8");
  });

  it("waits for available, fails on error, and waits for deletion", async () => {
    const { facade } = setup();
    const states = ["creating", "available", "deleting", 404, "error"];
    server.use(
      http.get(`${API}/snapshots/:id`, () => {
        const state = states.shift()!;
        return typeof state === "number"
          ? fault(404, "gone")
          : HttpResponse.json({ snapshot: { ...snapshotBody, status: state } });
      }),
    );
    const fast = { interval: 1, maxInterval: 2 };
    expect((await facade.waitForSnapshot(id, { ...fast, status: "available" })).status).toBe("available");
    await facade.waitForDeleteSnapshot(id, fast);
    await expect(facade.waitForSnapshot(id, { ...fast, status: "available" })).rejects.toBeInstanceOf(
      ResourceFailureError,
    );
    expect(states).toEqual([]);
  });
});

import { ResourceFailureError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, blockStorageCloud, sent, versionOf } from "../fixtures.js";
import {
  backupBody,
  createBackupRequest,
  createdBackupBody,
  exportResponse,
  importRequest,
  importResponse,
  listedBackupBody,
  restoreRequest,
  restoreResponse,
  updateBackupRequest,
} from "./fixtures.js";

const { server, setup } = blockStorageCloud();
const id = backupBody.id;

describe("backups", () => {
  it("lists backups/detail and parses 3.45 and 3.56 bodies", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/backups/detail`, () => HttpResponse.json({ backups: [listedBackupBody, backupBody], count: 2 })),
      http.get(`${API}/backups/:id`, () => HttpResponse.json({ backup: backupBody })),
    );
    const listed = await facade.listBackups({ volume_id: listedBackupBody.volume_id, with_count: true });
    expect(listed.map((b) => b.id)).toEqual([listedBackupBody.id, id]);
    expect(listed[0]!.user_id).toBeUndefined();
    expect((await facade.getBackup(id)).user_id).toBe("c853ca26-e8ea-4797-8a52-ee124a013d0e");
    expect(sent(seen[0]!)).toBe(`GET backups/detail?volume_id=${listedBackupBody.volume_id}&with_count=true`);
  });

  it("creates (incremental, force) and updates, each answered with a summary", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/backups`, () => HttpResponse.json({ backup: createdBackupBody }, { status: 202 })),
      http.put(`${API}/backups/:id`, () => HttpResponse.json({ backup: createdBackupBody })),
    );
    const created = await facade.createBackup(createBackupRequest.backup);
    expect(created).toEqual(createdBackupBody);
    expect(await seen[0]!.json()).toEqual(createBackupRequest);
    await facade.updateBackup(created, updateBackupRequest.backup);
    expect(await seen[1]!.json()).toEqual(updateBackupRequest);
    expect(seen.map((r) => `${sent(r)} ${versionOf(r)}`)).toEqual([
      "POST backups 3.70",
      `PUT backups/${createdBackupBody.id} 3.70`,
    ]);
    // @ts-expect-error: a backup cannot move to another volume
    await expect(facade.updateBackup(created, { volume_id: "v2" })).rejects.toThrow(/'volume_id' cannot be set/);
  });

  it("restores into a volume, resets status and force-deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/backups/:id/restore`, () => HttpResponse.json(restoreResponse, { status: 202 })),
      http.post(`${API}/backups/:id/action`, () => accepted()),
    );
    expect(await facade.restoreBackup({ backup: id, ...restoreRequest.restore })).toEqual(restoreResponse);
    await facade.restoreBackup({ backup: id });
    await facade.resetBackupStatus({ backup: backupBody, status: "available" });
    await facade.forceDeleteBackup({ backup: id });
    expect(seen.map(sent)).toEqual([
      `POST backups/${id}/restore`,
      `POST backups/${id}/restore`,
      `POST backups/${id}/action`,
      `POST backups/${id}/action`,
    ]);
    expect(await Promise.all(seen.map((r) => r.json()))).toEqual([
      restoreRequest,
      { restore: {} },
      { "os-reset_status": { status: "available" } },
      { "os-force_delete": {} },
    ]);
  });

  it("exports a backup record and imports one", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/backups/:id/export_record`, () => HttpResponse.json(exportResponse)),
      http.post(`${API}/backups/import_record`, () => HttpResponse.json(importResponse, { status: 201 })),
    );
    const exported = (await facade.exportBackup({ backup: id })) as typeof exportResponse;
    expect(exported).toEqual(exportResponse);
    expect(await facade.importBackup(exported["backup-record"])).toEqual(importResponse);
    expect(seen.map(sent)).toEqual([`GET backups/${id}/export_record`, "POST backups/import_record"]);
    expect(await seen[1]!.json()).toEqual(importRequest);
  });

  it("waits for available and fails on error_restoring", async () => {
    const { facade } = setup();
    const states = ["creating", "available", "restoring", "error_restoring"];
    server.use(
      http.get(`${API}/backups/:id`, () => HttpResponse.json({ backup: { ...backupBody, status: states.shift() } })),
    );
    const fast = { interval: 1, maxInterval: 2 };
    expect((await facade.waitForBackup(id, { ...fast, status: "available" })).status).toBe("available");
    await expect(facade.waitForBackup(id, { ...fast, status: "available" })).rejects.toBeInstanceOf(
      ResourceFailureError,
    );
  });
});

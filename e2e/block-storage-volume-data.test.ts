// What Cinder does with a volume on the real service, with cinder-volume (a driver backed by
// sparse files) and cinder-backup running: snapshots and revert, attachments (old-style
// bookkeeping and the 3.27 attachments API), backups and restore, and deletion.
import { randomUUID } from "node:crypto";
import { Connection, MicroversionError, NotFoundError, ResourceFailureError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, recordingFetch, uniqueName } from "./support/cloud.js";
import { volumeSuite, wait } from "./support/volume-suite.js";

const { projectName, bs, prefix, extra, backups, newVolume, discard } = volumeSuite("volume-data");
const sorted = (ids: string[]) => [...ids].sort();

describe("snapshots on the real Cinder", () => {
  it("snapshots a volume, changes the snapshot, reverts the volume to it, deletes it", async () => {
    const volume = await newVolume();
    const snapshot = await bs.createSnapshot({
      volume_id: volume.id,
      name: uniqueName("snap"),
      metadata: { suite: prefix },
    });
    expect((await bs.waitForSnapshot(snapshot, { ...wait, status: "available" })).size).toBe(1);
    expect((await bs.listSnapshots({ volume_id: volume.id })).map((s) => s.id)).toEqual([snapshot.id]);
    expect((await bs.findSnapshot(snapshot.name!))?.id).toBe(snapshot.id);
    expect((await bs.updateSnapshot(snapshot, { description: "before the change" })).description).toBe(
      "before the change",
    );

    await bs.setSnapshotMetadata({ snapshot, metadata: { kept: "yes" } });
    expect(await bs.getSnapshotMetadata({ snapshot })).toEqual({ metadata: { suite: prefix, kept: "yes" } });
    await bs.deleteSnapshotMetadata({ snapshot, key: "kept" });
    expect((await bs.getSnapshot(snapshot.id)).metadata).toEqual({ suite: prefix });

    await bs.resetSnapshotStatus({ snapshot, status: "error" });
    await expect(bs.waitForSnapshot(snapshot, { ...wait, status: "available" })).rejects.toBeInstanceOf(
      ResourceFailureError,
    );
    await bs.resetSnapshotStatus({ snapshot, status: "available" });

    await bs.revertVolumeToSnapshot({ volume, snapshot });
    expect((await bs.waitForVolume(volume, { ...wait, status: "available" })).id).toBe(volume.id);

    await bs.deleteSnapshot(snapshot);
    await bs.waitForDeleteSnapshot(snapshot, wait);
    expect(await bs.findSnapshot(snapshot.id)).toBeNull();
    await discard(volume);
  });

  it("deletes a volume together with its snapshots (cascade)", async () => {
    const volume = await newVolume();
    const snapshot = await bs.waitForSnapshot(await bs.createSnapshot({ volume_id: volume.id }), {
      ...wait,
      status: "available",
    });
    await discard(volume);
    await bs.waitForDeleteSnapshot(snapshot, wait);
    await expect(bs.getVolume(volume.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses revert under a configured microversion below 3.40, before sending it", async () => {
    const recorder = recordingFetch();
    const old = new Connection({
      ...admin,
      projectName,
      fetch: recorder.fetch,
      blockStorageDefaultMicroversion: "3.27",
    });
    const revert = old.blockStorage.revertVolumeToSnapshot({ volume: randomUUID(), snapshot: randomUUID() });
    await expect(revert).rejects.toBeInstanceOf(MicroversionError);
    await expect(revert).rejects.toThrow(
      "revertVolumeToSnapshot needs microversion 3.40, but the configured microversion is 3.27",
    );
    expect(recorder.count("POST", /\/action$/)).toBe(0);
  });
});

describe("attachments on the real Cinder", () => {
  it("keeps the books of an attachment made elsewhere: reserve, attach, begin and abort detaching, detach", async () => {
    const volume = await newVolume();
    const status = async () => (await bs.getVolume(volume.id)).status;
    await bs.reserveVolume({ volume });
    expect(await status()).toBe("attaching");
    await bs.unreserveVolume({ volume });
    expect(await status()).toBe("available");

    await bs.reserveVolume({ volume });
    const server = randomUUID();
    await bs.attachVolume({ volume, instance_uuid: server, mountpoint: "/dev/vdb" });
    const attached = await bs.waitForVolume(volume, { ...wait, status: "in-use" });
    expect(attached.attachments).toHaveLength(1);
    expect(attached.attachments[0]).toMatchObject({ server_id: server, device: "/dev/vdb", volume_id: volume.id });

    await bs.beginVolumeDetaching({ volume });
    expect(await status()).toBe("detaching");
    await bs.abortVolumeDetaching({ volume });
    expect(await status()).toBe("in-use");
    await bs.beginVolumeDetaching({ volume });
    await bs.detachVolume({ volume, attachment_id: attached.attachments[0]!.attachment_id });
    expect((await bs.waitForVolume(volume, { ...wait, status: "available" })).attachments).toEqual([]);
    await discard(volume);
  });

  it("attaches through the attachments API: reserve, connect, complete, list, delete", async () => {
    const volume = await newVolume();
    const server = randomUUID();
    const reserved = await bs.createAttachment({ volume_uuid: volume.id, instance_uuid: server });
    expect(reserved).toMatchObject({ status: "reserved", instance: server, volume_id: volume.id });
    expect((await bs.getVolume(volume.id)).status).toBe("reserved");

    const connector = {
      host: "loopback-cloud",
      ip: "127.0.0.1",
      platform: "x86_64",
      os_type: "linux",
      multipath: false,
      mountpoint: "/dev/vdc",
    };
    const connected = await bs.updateAttachment(reserved, { connector });
    expect(connected.connection_info).toMatchObject({ driver_volume_type: "local" });
    await bs.completeAttachment({ attachment: reserved });
    expect(await bs.waitForAttachment(reserved, { ...wait, status: "attached" })).toMatchObject({ attach_mode: "rw" });
    expect((await bs.waitForVolume(volume, { ...wait, status: "in-use" })).attachments[0]?.attachment_id).toBe(
      reserved.id,
    );
    expect((await bs.listAttachments({ volume_id: volume.id })).map((a) => a.id)).toEqual([reserved.id]);

    await bs.deleteAttachment(reserved);
    expect((await bs.waitForVolume(volume, { ...wait, status: "available" })).attachments).toEqual([]);
    await expect(bs.getAttachment(reserved.id)).rejects.toBeInstanceOf(NotFoundError);
    await discard(volume);
  });
});

describe("backups on the real Cinder", () => {
  it("backs a volume up, incrementally too, restores it into a new volume, and deletes the backups", async () => {
    const volume = await newVolume({ description: "to back up" });
    const full = await bs.createBackup({ volume_id: volume.id, name: uniqueName("backup"), description: "full" });
    backups.push(full);
    const done = await bs.waitForBackup(full, { ...wait, status: "available" });
    expect(done).toMatchObject({ volume_id: volume.id, is_incremental: false, size: 1 });
    const incremental = await bs.createBackup({ volume_id: volume.id, incremental: true });
    backups.push(incremental);
    expect(await bs.waitForBackup(incremental, { ...wait, status: "available" })).toMatchObject({
      is_incremental: true,
    });
    expect((await bs.getBackup(full.id)).has_dependent_backups).toBe(true);

    expect(sorted((await bs.listBackups({ volume_id: volume.id })).map((b) => b.id))).toEqual(
      sorted([full.id, incremental.id]),
    );
    expect((await bs.findBackup(full.name!))?.id).toBe(full.id);
    expect((await bs.updateBackup(full, { description: "full, renamed" })).id).toBe(full.id);
    expect((await bs.getBackup(full.id)).description).toBe("full, renamed");
    expect(await bs.exportBackup({ backup: full })).toMatchObject({
      "backup-record": { backup_service: expect.stringContaining("posix") },
    });

    const restore = (await bs.restoreBackup({ backup: full, name: uniqueName("restored") })) as {
      restore: { volume_id: string; backup_id: string };
    };
    expect(restore.restore.backup_id).toBe(full.id);
    extra.add(restore.restore.volume_id);
    expect((await bs.waitForVolume(restore.restore.volume_id, { ...wait, status: "available" })).size).toBe(1);
    await bs.waitForBackup(full, { ...wait, status: "available" });

    for (const backup of [incremental, full]) {
      await bs.deleteBackup(backup);
      await bs.waitForDeleteBackup(backup, wait);
      backups.splice(backups.indexOf(backup), 1);
    }
    expect(await bs.findBackup(full.id)).toBeNull();
    await discard(volume);
    await discard(restore.restore.volume_id);
  }, 180_000);
});

describe("deleting volumes on the real Cinder", () => {
  it("deletes, waits until it is gone, and force-deletes a volume in error", async () => {
    const volume = await newVolume();
    await bs.deleteVolume(volume);
    await bs.waitForDeleteVolume(volume, wait);
    extra.delete(volume.id);
    expect(await bs.findVolume(volume.id)).toBeNull();
    await bs.deleteVolume(volume);
    await expect(bs.deleteVolume(volume, { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);

    const broken = await newVolume();
    await bs.resetVolumeStatus({ volume: broken, status: "error_deleting" });
    await bs.forceDeleteVolume({ volume: broken });
    await bs.waitForDeleteVolume(broken, wait);
    extra.delete(broken.id);
  });
});

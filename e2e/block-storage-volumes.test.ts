// Cinder volumes on the real service, with cinder-scheduler, cinder-volume (a driver backed by
// sparse files) and cinder-backup running: volumes become available, extend, take metadata,
// snapshots, attachments (old-style bookkeeping and the 3.27 attachments API) and backups,
// revert to a snapshot, and go away; and the same ids as Python's openstacksdk.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import {
  BadRequestError,
  Connection,
  createVolumeWithSchedulerHints,
  MicroversionError,
  NotFoundError,
  ResourceFailureError,
  type Backup,
  type Volume,
} from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, recordingFetch, STATE, uniqueName } from "./support/cloud.js";

// The suite works in a project of its own: its volume quota is its own, and the lists it
// compares with openstacksdk hold only what it made.
const projectName = uniqueName("volumes");
const root = new Connection(admin);
const conn = new Connection({ ...admin, projectName });
const bs = conn.blockStorage;
const prefix = uniqueName("vol");
const suite = JSON.stringify({ suite: prefix });
const made: Volume[] = [];
const extra = new Set<string>();
const backups: Backup[] = [];
let projectId = "";
const wait = { interval: 250, maxInterval: 1_000, timeout: 60_000 };

/** A new 1 GiB volume of this suite, available; deleted (with its snapshots) by discard or in afterAll. */
async function newVolume(fields: { name?: string; size?: number; description?: string } = {}): Promise<Volume> {
  const volume = await bs.createVolume({ size: 1, name: uniqueName("vol"), metadata: { suite: prefix }, ...fields });
  extra.add(volume.id);
  return bs.waitForVolume(volume, { ...wait, status: "available" });
}

/** Deletes a volume and its snapshots, and waits until it is gone. */
async function discard(volume: Volume | string): Promise<void> {
  await bs.deleteVolumeCascade({ volume });
  await bs.waitForDeleteVolume(volume, wait);
  extra.delete(typeof volume === "string" ? volume : volume.id);
}

beforeAll(async () => {
  const project = await root.identity.createProject({ name: projectName, domain_id: "default" });
  projectId = project.id;
  const user = await root.identity.findUser("admin", { ignoreMissing: false });
  const role = await root.identity.findRole("admin", { ignoreMissing: false });
  await root.identity.assignProjectRoleToUser({ project, user, role });
  for (let i = 0; i < 3; i++) made.push(await bs.createVolume({ size: 1, name: `${prefix}-${i}`, metadata: { suite: prefix } }));
  for (const [i, volume] of made.entries()) made[i] = await bs.waitForVolume(volume, { ...wait, status: "available" });
}, 120_000);

afterAll(async () => {
  for (const backup of backups.reverse()) {
    await bs.deleteBackup(backup).catch(() => undefined);
    await bs.waitForDeleteBackup(backup, wait).catch(() => undefined);
  }
  const ids = [...made.map((v) => v.id), ...extra];
  for (const id of ids) await bs.deleteVolumeCascade({ volume: id }).catch(() => bs.forceDeleteVolume({ volume: id }).catch(() => undefined));
  for (const id of ids) await bs.waitForDeleteVolume(id, wait).catch(() => undefined);
  if (projectId) await root.identity.deleteProject(projectId);
}, 180_000);

/** openstacksdk's answer to `expression` (Python, `conn` connected as admin to this suite's project), as JSON. */
function openstacksdk<T>(expression: string): T {
  const script = [
    "import json, sys, openstack",
    "conn = openstack.connect(auth_url='http://127.0.0.1:5000/v3', username='admin', password='admin', project_name=sys.argv[1],",
    "                         user_domain_name='Default', project_domain_name='Default', region_name='RegionOne')",
    `print(json.dumps(${expression}))`,
  ].join("\n");
  const env = { ...process.env, OS_CLIENT_CONFIG_FILE: fileURLToPath(new URL("clouds.yaml", STATE)), OS_CLOUD: "" };
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, projectName], { env }).toString()) as T;
}

const sorted = (ids: string[]) => [...ids].sort();

describe("volumes on the real Cinder", () => {
  it("pages through volumes/detail one at a time, filtered by metadata, following volumes_links", async () => {
    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, projectName, fetch: recorder.fetch });
    const pages: string[][] = [];
    for await (const page of counted.blockStorage.listVolumes({ metadata: suite }, { limit: 1 }).pages()) pages.push(page.map((v) => v.id));
    expect(pages.every((page) => page.length === 1)).toBe(true);
    expect(sorted(pages.flat())).toEqual(sorted(made.map((v) => v.id)));
    // Three full pages, each naming the next; the last link leads to an empty page.
    expect(recorder.count("GET", /\/volumes\/detail\?/)).toBe(4);
  });

  it("lists the same volume ids as openstacksdk, for the project and for every project", async () => {
    const ours = (await bs.listVolumes()).map((v) => v.id);
    expect(sorted(ours)).toEqual(sorted(made.map((v) => v.id)));
    expect(sorted(openstacksdk<string[]>("[v.id for v in conn.block_storage.volumes()]"))).toEqual(sorted(ours));
    // Every project's volumes, narrowed to this project's (other suites' volumes come and go meanwhile).
    const everywhere = await bs.listVolumes({ all_tenants: true, project_id: projectId });
    expect(everywhere.every((v) => v["os-vol-tenant-attr:tenant_id"] === projectId)).toBe(true);
    const python = openstacksdk<string[]>(`[v.id for v in conn.block_storage.volumes(all_projects=True, project_id='${projectId}')]`);
    expect(sorted(python)).toEqual(sorted(everywhere.map((v) => v.id)));
    expect(sorted(python)).toEqual(sorted(ours));
  });

  it("finds by name and by id, and gives null when nothing matches", async () => {
    expect((await bs.findVolume(`${prefix}-1`))?.id).toBe(made[1]!.id);
    expect((await bs.findVolume(made[2]!.id))?.name).toBe(`${prefix}-2`);
    expect(await bs.findVolume(uniqueName("missing"))).toBeNull();
    await expect(bs.findVolume(uniqueName("missing"), { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("updates, extends, sets bootable, read-only and metadata", async () => {
    const volume = made[0]!;
    expect(volume).toMatchObject({ status: "available", size: 1, bootable: "false", volume_type: "__DEFAULT__", consumes_quota: true });

    const renamed = await bs.updateVolume(volume, { description: "e2e volume", metadata: { suite: prefix, tier: "gold" } });
    expect(renamed).toMatchObject({ description: "e2e volume", metadata: { suite: prefix, tier: "gold" } });

    await bs.extendVolume({ volume, new_size: 2 });
    expect(await bs.waitForVolume(volume, { ...wait, status: "available" })).toMatchObject({ size: 2 });

    await bs.setVolumeBootableStatus({ volume, bootable: true });
    expect((await bs.getVolume(volume.id)).bootable).toBe("true");

    await bs.setVolumeReadonly({ volume, readonly: true });
    expect((await bs.getVolume(volume.id)).metadata["readonly"]).toBe("True");
    await bs.setVolumeReadonly({ volume, readonly: false });

    expect(await bs.setVolumeMetadata({ volume, metadata: { zone: "z1" } })).toEqual({ metadata: { suite: prefix, tier: "gold", zone: "z1" } });
    await bs.deleteVolumeMetadata({ volume, key: "tier" });
    expect(await bs.getVolumeMetadata({ volume })).toEqual({ metadata: { suite: prefix, zone: "z1" } });
    expect(await bs.replaceVolumeMetadata({ volume, metadata: { suite: prefix } })).toEqual({ metadata: { suite: prefix } });

    await bs.setVolumeImageMetadata({ volume, metadata: { os_distro: "debian", hw_disk_bus: "scsi" } });
    expect(await bs.getVolumeImageMetadata({ volume })).toEqual({ metadata: { os_distro: "debian", hw_disk_bus: "scsi" } });
    await bs.deleteVolumeImageMetadata({ volume, key: "hw_disk_bus" });
    expect((await bs.getVolume(volume.id)).volume_image_metadata).toEqual({ os_distro: "debian" });
  });

  it("resets a volume's status, which a waiter then reports as a failure", async () => {
    const volume = made[2]!;
    await bs.resetVolumeStatus({ volume, status: "error" });
    await expect(bs.waitForVolume(volume, { ...wait, status: "available" })).rejects.toBeInstanceOf(ResourceFailureError);
    await bs.resetVolumeStatus({ volume, status: "available", attach_status: "detached" });
    expect((await bs.getVolume(volume.id)).status).toBe("available");
  });

  it("sends scheduler hints where Cinder reads them, beside the volume envelope", async () => {
    const hinted = await createVolumeWithSchedulerHints(bs, { size: 1, name: uniqueName("hinted"), metadata: { suite: prefix } }, { same_host: [made[1]!.id] });
    extra.add(hinted.id);
    expect((await bs.waitForVolume(hinted, { ...wait, status: "available" })).size).toBe(1);
    await discard(hinted);
    // Cinder validates the hints it reads: a hint that is not a volume id is refused by name.
    const refused = createVolumeWithSchedulerHints(bs, { size: 1, name: uniqueName("hinted") }, { same_host: ["not-a-volume-id"] });
    await expect(refused).rejects.toBeInstanceOf(BadRequestError);
    await expect(refused).rejects.toThrow(/same_host/);
  });
});

describe("snapshots on the real Cinder", () => {
  it("snapshots a volume, changes the snapshot, reverts the volume to it, deletes it", async () => {
    const volume = await newVolume();
    const snapshot = await bs.createSnapshot({ volume_id: volume.id, name: uniqueName("snap"), metadata: { suite: prefix } });
    expect((await bs.waitForSnapshot(snapshot, { ...wait, status: "available" })).size).toBe(1);
    expect((await bs.listSnapshots({ volume_id: volume.id })).map((s) => s.id)).toEqual([snapshot.id]);
    expect((await bs.findSnapshot(snapshot.name!))?.id).toBe(snapshot.id);
    expect((await bs.updateSnapshot(snapshot, { description: "before the change" })).description).toBe("before the change");

    await bs.setSnapshotMetadata({ snapshot, metadata: { kept: "yes" } });
    expect(await bs.getSnapshotMetadata({ snapshot })).toEqual({ metadata: { suite: prefix, kept: "yes" } });
    await bs.deleteSnapshotMetadata({ snapshot, key: "kept" });
    expect((await bs.getSnapshot(snapshot.id)).metadata).toEqual({ suite: prefix });

    await bs.resetSnapshotStatus({ snapshot, status: "error" });
    await expect(bs.waitForSnapshot(snapshot, { ...wait, status: "available" })).rejects.toBeInstanceOf(ResourceFailureError);
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
    const snapshot = await bs.waitForSnapshot(await bs.createSnapshot({ volume_id: volume.id }), { ...wait, status: "available" });
    await discard(volume);
    await bs.waitForDeleteSnapshot(snapshot, wait);
    await expect(bs.getVolume(volume.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses revert under a configured microversion below 3.40, before sending it", async () => {
    const recorder = recordingFetch();
    const old = new Connection({ ...admin, projectName, fetch: recorder.fetch, blockStorageDefaultMicroversion: "3.27" });
    const revert = old.blockStorage.revertVolumeToSnapshot({ volume: made[1]!, snapshot: randomUUID() });
    await expect(revert).rejects.toBeInstanceOf(MicroversionError);
    await expect(revert).rejects.toThrow("revertVolumeToSnapshot needs microversion 3.40, but the configured microversion is 3.27");
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

    const connector = { host: "loopback-cloud", ip: "127.0.0.1", platform: "x86_64", os_type: "linux", multipath: false, mountpoint: "/dev/vdc" };
    const connected = await bs.updateAttachment(reserved, { connector });
    expect(connected.connection_info).toMatchObject({ driver_volume_type: "local" });
    await bs.completeAttachment({ attachment: reserved });
    expect(await bs.waitForAttachment(reserved, { ...wait, status: "attached" })).toMatchObject({ attach_mode: "rw" });
    expect((await bs.waitForVolume(volume, { ...wait, status: "in-use" })).attachments[0]?.attachment_id).toBe(reserved.id);
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
    expect(await bs.waitForBackup(incremental, { ...wait, status: "available" })).toMatchObject({ is_incremental: true });
    expect((await bs.getBackup(full.id)).has_dependent_backups).toBe(true);

    expect(sorted((await bs.listBackups({ volume_id: volume.id })).map((b) => b.id))).toEqual(sorted([full.id, incremental.id]));
    expect((await bs.findBackup(full.name!))?.id).toBe(full.id);
    expect((await bs.updateBackup(full, { description: "full, renamed" })).id).toBe(full.id);
    expect((await bs.getBackup(full.id)).description).toBe("full, renamed");
    expect(await bs.exportBackup({ backup: full })).toMatchObject({ "backup-record": { backup_service: expect.stringContaining("posix") } });

    const restore = (await bs.restoreBackup({ backup: full, name: uniqueName("restored") })) as { restore: { volume_id: string; backup_id: string } };
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

// Cinder volumes on the real service, with cinder-scheduler and cinder-volume (a driver backed
// by sparse files) running: volumes become available, page, extend, take metadata and
// scheduler hints, and list the same ids as Python's openstacksdk. Snapshots, attachments,
// backups and deletion are block-storage-volume-data.test.ts.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  BadRequestError,
  blockStorage,
  Connection,
  NotFoundError,
  ResourceFailureError,
} from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { admin, recordingFetch, STATE, uniqueName } from "./support/cloud.js";
import { volumeSuite, wait } from "./support/volume-suite.js";

const suite = volumeSuite("volumes", 3);
const { projectName, bs, prefix, made, extra, discard } = suite;
const filter = JSON.stringify({ suite: prefix });

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
    for await (const page of counted.blockStorage.listVolumes({ metadata: filter }, { limit: 1 }).pages())
      pages.push(page.map((v) => v.id));
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
    const everywhere = await bs.listVolumes({ all_tenants: true, project_id: suite.projectId });
    expect(everywhere.every((v) => v["os-vol-tenant-attr:tenant_id"] === suite.projectId)).toBe(true);
    const python = openstacksdk<string[]>(
      `[v.id for v in conn.block_storage.volumes(all_projects=True, project_id='${suite.projectId}')]`,
    );
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
    expect(volume).toMatchObject({
      status: "available",
      size: 1,
      bootable: "false",
      volume_type: "__DEFAULT__",
      consumes_quota: true,
    });

    const renamed = await bs.updateVolume(volume, {
      description: "e2e volume",
      metadata: { suite: prefix, tier: "gold" },
    });
    expect(renamed).toMatchObject({ description: "e2e volume", metadata: { suite: prefix, tier: "gold" } });

    await bs.extendVolume({ volume, new_size: 2 });
    expect(await bs.waitForVolume(volume, { ...wait, status: "available" })).toMatchObject({ size: 2 });

    await bs.setVolumeBootableStatus({ volume, bootable: true });
    expect((await bs.getVolume(volume.id)).bootable).toBe("true");

    await bs.setVolumeReadonly({ volume, readonly: true });
    expect((await bs.getVolume(volume.id)).metadata["readonly"]).toBe("True");
    await bs.setVolumeReadonly({ volume, readonly: false });

    expect(await bs.setVolumeMetadata({ volume, metadata: { zone: "z1" } })).toEqual({
      metadata: { suite: prefix, tier: "gold", zone: "z1" },
    });
    await bs.deleteVolumeMetadata({ volume, key: "tier" });
    expect(await bs.getVolumeMetadata({ volume })).toEqual({ metadata: { suite: prefix, zone: "z1" } });
    expect(await bs.replaceVolumeMetadata({ volume, metadata: { suite: prefix } })).toEqual({
      metadata: { suite: prefix },
    });

    await bs.setVolumeImageMetadata({ volume, metadata: { os_distro: "debian", hw_disk_bus: "scsi" } });
    expect(await bs.getVolumeImageMetadata({ volume })).toEqual({
      metadata: { os_distro: "debian", hw_disk_bus: "scsi" },
    });
    await bs.deleteVolumeImageMetadata({ volume, key: "hw_disk_bus" });
    expect((await bs.getVolume(volume.id)).volume_image_metadata).toEqual({ os_distro: "debian" });
  });

  it("resets a volume's status, which a waiter then reports as a failure", async () => {
    const volume = made[2]!;
    await bs.resetVolumeStatus({ volume, status: "error" });
    await expect(bs.waitForVolume(volume, { ...wait, status: "available" })).rejects.toBeInstanceOf(
      ResourceFailureError,
    );
    await bs.resetVolumeStatus({ volume, status: "available", attach_status: "detached" });
    expect((await bs.getVolume(volume.id)).status).toBe("available");
  });

  it("sends scheduler hints where Cinder reads them, beside the volume envelope", async () => {
    const hinted = await blockStorage.createVolumeWithSchedulerHints(
      bs,
      { size: 1, name: uniqueName("hinted"), metadata: { suite: prefix } },
      { same_host: [made[1]!.id] },
    );
    extra.add(hinted.id);
    expect((await bs.waitForVolume(hinted, { ...wait, status: "available" })).size).toBe(1);
    await discard(hinted);
    // Cinder validates the hints it reads: a hint that is not a volume id is refused by name.
    const refused = blockStorage.createVolumeWithSchedulerHints(
      bs,
      { size: 1, name: uniqueName("hinted") },
      { same_host: ["not-a-volume-id"] },
    );
    await expect(refused).rejects.toBeInstanceOf(BadRequestError);
    await expect(refused).rejects.toThrow(/same_host/);
  });
});

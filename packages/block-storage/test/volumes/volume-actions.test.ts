import { InvalidArgumentError, MicroversionError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { accepted, API, blockStorageCloud, sent, versionOf } from "../fixtures.js";
import { imageMetadataBody, uploadToImageBody, volumeBody, volumeMetadataBody } from "./fixtures.js";
import { volumes } from "../../src/volumes/volume.js";

const { server, setup } = blockStorageCloud();
const id = volumeBody.id;
const connector = {
  platform: "x86_64",
  host: "node2",
  do_local_attach: false,
  ip: "192.168.13.101",
  os_type: "linux2",
  multipath: false,
  initiator: "iqn.1994-05.com.redhat:d16cbb5d31e5",
};

/**
 * Every POST volumes/{id}/action: the façade call, the body the API reference shows for it,
 * and the microversion it needs (null: none sent, Cinder's 3.0 behaviour).
 */
const postActions: [
  name: keyof typeof volumes.actions,
  args: Record<string, unknown>,
  body: unknown,
  version: string | null,
][] = [
  ["extendVolume", { new_size: 3 }, { "os-extend": { new_size: 3 } }, "3.42"],
  ["setVolumeBootableStatus", { bootable: true }, { "os-set_bootable": { bootable: true } }, null],
  ["setVolumeReadonly", { readonly: true }, { "os-update_readonly_flag": { readonly: true } }, null],
  [
    "resetVolumeStatus",
    { status: "available", attach_status: "detached", migration_status: "migrating" },
    { "os-reset_status": { status: "available", attach_status: "detached", migration_status: "migrating" } },
    null,
  ],
  ["resetVolumeStatus", { status: "error" }, { "os-reset_status": { status: "error" } }, null],
  [
    "retypeVolume",
    { new_type: "dedup-tier-replicaton", migration_policy: "never" },
    { "os-retype": { new_type: "dedup-tier-replicaton", migration_policy: "never" } },
    null,
  ],
  [
    "setVolumeImageMetadata",
    { metadata: { image_id: "521752a6-acf6-4b2d-bc7a-119f9148cd8c", image_name: "image" } },
    {
      "os-set_image_metadata": { metadata: { image_id: "521752a6-acf6-4b2d-bc7a-119f9148cd8c", image_name: "image" } },
    },
    null,
  ],
  ["deleteVolumeImageMetadata", { key: "ramdisk_id" }, { "os-unset_image_metadata": { key: "ramdisk_id" } }, null],
  ["getVolumeImageMetadata", {}, { "os-show_image_metadata": {} }, null],
  ["reserveVolume", {}, { "os-reserve": {} }, null],
  ["unreserveVolume", {}, { "os-unreserve": {} }, null],
  [
    "attachVolume",
    { instance_uuid: "95D9EF50-507D-11E5-B970-0800200C9A66", mountpoint: "/dev/vdc" },
    { "os-attach": { instance_uuid: "95D9EF50-507D-11E5-B970-0800200C9A66", mountpoint: "/dev/vdc" } },
    null,
  ],
  [
    "attachVolume",
    { host_name: "my_host", mountpoint: "/dev/vdc", mode: "ro" },
    { "os-attach": { host_name: "my_host", mountpoint: "/dev/vdc", mode: "ro" } },
    null,
  ],
  ["beginVolumeDetaching", {}, { "os-begin_detaching": {} }, null],
  ["abortVolumeDetaching", {}, { "os-roll_detaching": {} }, null],
  [
    "detachVolume",
    { attachment_id: "d8777f54-84cf-4809-a679-468ffed56cf1" },
    { "os-detach": { attachment_id: "d8777f54-84cf-4809-a679-468ffed56cf1" } },
    null,
  ],
  [
    "forceDetachVolume",
    { attachment_id: "d8777f54-84cf-4809-a679-468ffed56cf1", connector: { initiator: "iqn.2012-07.org.fake:01" } },
    {
      "os-force_detach": {
        attachment_id: "d8777f54-84cf-4809-a679-468ffed56cf1",
        connector: { initiator: "iqn.2012-07.org.fake:01" },
      },
    },
    null,
  ],
  ["initVolumeAttachment", { connector }, { "os-initialize_connection": { connector } }, null],
  ["terminateVolumeAttachment", { connector }, { "os-terminate_connection": { connector } }, null],
  ["forceDeleteVolume", {}, { "os-force_delete": {} }, null],
  [
    "uploadVolumeToImage",
    {
      image_name: "test",
      force: false,
      disk_format: "raw",
      container_format: "bare",
      visibility: "private",
      protected: false,
    },
    {
      "os-volume_upload_image": {
        image_name: "test",
        force: false,
        disk_format: "raw",
        container_format: "bare",
        visibility: "private",
        protected: false,
      },
    },
    "3.1",
  ],
  ["migrateVolume", { host: "node1@lvm" }, { "os-migrate_volume": { host: "node1@lvm" } }, "3.16"],
  [
    "completeVolumeMigration",
    { new_volume: { id: "2b955850-f177-45f7-9f49-ecb2c256d161" }, error: false },
    { "os-migrate_volume_completion": { new_volume: "2b955850-f177-45f7-9f49-ecb2c256d161", error: false } },
    null,
  ],
  [
    "revertVolumeToSnapshot",
    { snapshot: "5aa119a8-d25b-45a7-8d1b-88e127885635" },
    { revert: { snapshot_id: "5aa119a8-d25b-45a7-8d1b-88e127885635" } },
    "3.40",
  ],
  [
    "reimageVolume",
    { image_id: "71543ced-a8af-45b6-a5c4-a46282108a90", reimage_reserved: false },
    { "os-reimage": { image_id: "71543ced-a8af-45b6-a5c4-a46282108a90", reimage_reserved: false } },
    "3.68",
  ],
  ["unmanageVolume", {}, { "os-unmanage": {} }, null],
];

describe("volume actions", () => {
  it.each(postActions)("%s posts its action body", async (name, args, body, version) => {
    const { facade, seen } = setup();
    // Cinder answers 202 without a body, except where the action reports something.
    const reports = (volumes.actions[name] as { returns?: string }).returns === "json";
    server.use(http.post(`${API}/volumes/:id/action`, () => (reports ? HttpResponse.json({}) : accepted())));
    // Each action takes the volume as an id or as the volume itself.
    await (facade[name] as (a: unknown) => Promise<unknown>)({ volume: volumeBody, ...args });
    expect(seen.map(sent)).toEqual([`POST volumes/${id}/action`]);
    expect(await seen[0]!.json()).toEqual(body);
    expect(versionOf(seen[0]!)).toBe(version);
  });

  it("answers what Cinder answers for upload to image, image metadata and connection info", async () => {
    const { facade } = setup();
    server.use(
      http.post(`${API}/volumes/:id/action`, async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        if ("os-volume_upload_image" in body) return HttpResponse.json({ "os-volume_upload_image": uploadToImageBody });
        if ("os-show_image_metadata" in body) return HttpResponse.json(imageMetadataBody);
        return HttpResponse.json({ connection_info: { driver_volume_type: "iscsi", data: { target_lun: 1 } } });
      }),
    );
    expect(await facade.uploadVolumeToImage({ volume: id, image_name: "test" })).toEqual({
      "os-volume_upload_image": uploadToImageBody,
    });
    expect(await facade.getVolumeImageMetadata({ volume: id })).toEqual({
      metadata: { key1: "value1", key2: "value2" },
    });
    expect(await facade.initVolumeAttachment({ volume: id, connector })).toMatchObject({
      connection_info: { driver_volume_type: "iscsi" },
    });
  });

  it("reads, merges, replaces and deletes volume metadata", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/volumes/:id/metadata`, () => HttpResponse.json(volumeMetadataBody)),
      http.post(`${API}/volumes/:id/metadata`, async ({ request }) => HttpResponse.json(await request.json())),
      http.put(`${API}/volumes/:id/metadata`, async ({ request }) => HttpResponse.json(await request.json())),
      http.delete(`${API}/volumes/:id/metadata/:key`, () => new HttpResponse(null, { status: 200 })),
    );
    expect(await facade.getVolumeMetadata({ volume: id })).toEqual({ metadata: { name: "metadata0" } });
    expect(await facade.setVolumeMetadata({ volume: id, metadata: { tier: "gold" } })).toEqual({
      metadata: { tier: "gold" },
    });
    await facade.replaceVolumeMetadata({ volume: id, metadata: { name: "metadata1" } });
    await facade.deleteVolumeMetadata({ volume: id, key: "tier" });
    expect(seen.map(sent)).toEqual([
      `GET volumes/${id}/metadata`,
      `POST volumes/${id}/metadata`,
      `PUT volumes/${id}/metadata`,
      `DELETE volumes/${id}/metadata/tier`,
    ]);
    expect(await seen[2]!.json()).toEqual({ metadata: { name: "metadata1" } });
  });

  it("manages existing storage and reads the summary at the microversions they need", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/manageable_volumes`, () => HttpResponse.json({ volume: volumeBody }, { status: 202 })),
      http.get(`${API}/volumes/summary`, () =>
        HttpResponse.json({ "volume-summary": { total_size: 4, total_count: 2, metadata: {} } }),
      ),
    );
    const manage = {
      host: "geraint-VirtualBox",
      ref: { "source-name": "existingLV", "source-id": "1234" },
      name: "New Volume",
    };
    expect(await facade.manageVolume({ volume: manage })).toEqual({ volume: volumeBody });
    expect(await facade.getVolumeSummary()).toEqual({
      "volume-summary": { total_size: 4, total_count: 2, metadata: {} },
    });
    expect(await seen[0]!.json()).toEqual({ volume: manage });
    expect(seen.map((r) => `${sent(r)} ${versionOf(r)}`)).toEqual([
      "POST manageable_volumes 3.8",
      "GET volumes/summary 3.12",
    ]);
  });

  it("refuses an action the server's microversion cannot do, naming both versions, before sending it", async () => {
    const { facade, seen } = setup({ maxMicroversion: "3.27" });
    const revert = facade.revertVolumeToSnapshot({ volume: id, snapshot: "s1" });
    await expect(revert).rejects.toBeInstanceOf(MicroversionError);
    await expect(revert).rejects.toThrow(
      "revertVolumeToSnapshot needs microversion 3.40, but the server offers at most 3.27",
    );
    await expect(facade.extendVolume({ volume: id, new_size: 2 })).rejects.toThrow(/3\.42.*3\.27/);
    expect(seen).toHaveLength(0);
  });

  it("checks its arguments at compile time and before sending", async () => {
    const { facade, seen } = setup();
    // Checked by the type checker only: never called.
    const wrongTypes = () => [
      // @ts-expect-error: new_size is missing
      facade.extendVolume({ volume: id }),
      // @ts-expect-error: bootable is a boolean, not Cinder's "True"
      facade.setVolumeBootableStatus({ volume: id, bootable: "True" }),
    ];
    expect(typeof wrongTypes).toBe("function");
    // @ts-expect-error: the volume is missing
    await expect(facade.reserveVolume({})).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(facade.reserveVolume({ volume: "../x" })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });
});

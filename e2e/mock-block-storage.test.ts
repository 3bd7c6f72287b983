// Cinder's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): volumes creating → available, paging by volumes_links, snapshots,
// a volume refused deletion while it has one, and deletion through `deleting`.
import { BadRequestError, type blockStorage, Connection, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, recordingFetch, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const wait = { interval: 250, timeout: 60_000 };
const prefix = uniqueName("mvol");
const made: blockStorage.Volume[] = [];
afterAll(async () => {
  for (const volume of made) await conn.blockStorage.deleteVolume(volume);
});

describe("volumes and snapshots", () => {
  it("creates volumes that pass from creating to available, and pages through them by volumes_links", async () => {
    for (let i = 0; i < 2; i++)
      made.push(await conn.blockStorage.createVolume({ name: `${prefix}-${i}`, size: 1, metadata: { e2e: prefix } }));
    expect(made[0]).toMatchObject({ name: `${prefix}-0`, size: 1, status: "creating" });
    for (const volume of made)
      expect((await conn.blockStorage.waitForVolume(volume, { status: "available", ...wait })).status).toBe(
        "available",
      );

    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, fetch: recorder.fetch });
    const pages: string[][] = [];
    for await (const page of counted.blockStorage
      .listVolumes({ metadata: JSON.stringify({ e2e: prefix }) }, { limit: 1 })
      .pages())
      pages.push(page.map((v) => v.id));
    // Newest first, as Cinder sorts by default; a full page names the next one.
    expect(pages.flat()).toEqual(made.map((v) => v.id).reverse());
    expect(recorder.count("GET", /\/volumes\/detail\?.*marker=/)).toBe(2);
    expect((await conn.blockStorage.findVolume(`${prefix}-1`))?.id).toBe(made[1]!.id);
  });

  it("snapshots a volume, which then cannot be deleted until the snapshot is", async () => {
    const volume = made[0]!;
    const snapshot = await conn.blockStorage.createSnapshot({ volume_id: volume.id, name: `${prefix}-snap` });
    expect(snapshot).toMatchObject({ status: "creating", size: 1, volume_id: volume.id });
    await conn.blockStorage.waitForSnapshot(snapshot, { status: "available", ...wait });
    await expect(conn.blockStorage.deleteVolume(volume)).rejects.toBeInstanceOf(BadRequestError);
    await conn.blockStorage.deleteSnapshot(snapshot);
    await conn.blockStorage.waitForDeleteSnapshot(snapshot, wait);
    await expect(conn.blockStorage.getSnapshot(snapshot.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("renames a volume, deletes it, and then answers 404", async () => {
    const volume = made.pop()!;
    expect((await conn.blockStorage.updateVolume(volume, { name: `${prefix}-renamed`, description: "e2e" })).name).toBe(
      `${prefix}-renamed`,
    );
    await conn.blockStorage.deleteVolume(volume);
    await conn.blockStorage.waitForDeleteVolume(volume, wait);
    await expect(conn.blockStorage.getVolume(volume.id)).rejects.toThrow(`Volume ${volume.id} could not be found.`);
  });
});

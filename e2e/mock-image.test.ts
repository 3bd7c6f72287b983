// Glance's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): paging by its `next` link, filters, JSON-patch updates, tags, data
// upload and download with the checksums Glance computes, and deletion.
import { createHash, randomBytes } from "node:crypto";
import { BadRequestError, ConflictError, Connection, type image, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, demo, recordingFetch, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const prefix = uniqueName("mimage");
const made: image.Image[] = [];

beforeAll(async () => {
  for (let i = 0; i < 3; i++)
    made.push(
      await conn.image.createImage({
        name: `${prefix}-${i}`,
        disk_format: "raw",
        container_format: "bare",
        tags: [prefix],
        min_disk: i,
      }),
    );
});
afterAll(async () => {
  for (const image of made) await conn.image.deleteImage(image);
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("images", () => {
  it("creates queued images owned by the project, and pages through them one at a time by Glance's next link", async () => {
    expect(made[0]).toMatchObject({
      status: "queued",
      visibility: "shared",
      size: null,
      checksum: null,
      owner: await conn.currentProjectId,
    });
    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, fetch: recorder.fetch });
    const pages: string[][] = [];
    for await (const page of counted.image.listImages({ tag: prefix }, { limit: 1 }).pages())
      pages.push(page.map((i) => i.id));
    expect(pages.every((page) => page.length === 1)).toBe(true);
    // Newest first, as Glance sorts by default.
    expect(pages.flat()).toEqual(made.map((i) => i.id).reverse());
    expect(recorder.count("GET", /\/v2\/images\?/)).toBe(4);
  });

  it("filters and sorts by Glance's parameters, and finds by name and id", async () => {
    expect((await conn.image.listImages({ tag: prefix, sort: "name:desc" })).map((i) => i.min_disk)).toEqual([2, 1, 0]);
    expect(
      (await conn.image.listImages({ tag: prefix, sort_key: "name", sort_dir: "asc" })).map((i) => i.min_disk),
    ).toEqual([0, 1, 2]);
    // Glance sorts by a few keys only.
    await expect(conn.image.listImages({ tag: prefix, sort: "min_disk:desc" })).rejects.toBeInstanceOf(BadRequestError);
    expect(await conn.image.listImages({ tag: prefix, container_format: "ovf" })).toEqual([]);
    expect((await conn.image.findImage(`${prefix}-1`))?.id).toBe(made[1]!.id);
    expect((await conn.image.findImage(made[1]!.id))?.name).toBe(`${prefix}-1`);
    expect(await conn.image.findImage(uniqueName("missing"))).toBeNull();
  });

  it("updates core and custom properties by JSON patch, and removes a custom one", async () => {
    const image = made[0]!;
    const custom: Record<string, string | null> = { e2e_custom: "one" };
    const changed = await conn.image.updateImage(image, { min_ram: 128, os_distro: "debian", ...custom });
    expect(changed).toMatchObject({ min_ram: 128, os_distro: "debian", e2e_custom: "one" });
    const removed = await conn.image.updateImage(image.id, { e2e_custom: null, os_distro: "ubuntu" } as Record<
      string,
      string | null
    >);
    expect(removed.os_distro).toBe("ubuntu");
    expect(removed).not.toHaveProperty("e2e_custom");
  });

  it("adds and removes tags", async () => {
    const image = made[1]!;
    const tag = `${prefix}-extra`;
    await conn.image.addTag({ image, tag });
    expect((await conn.image.listImages({ tag: [prefix, tag] })).map((i) => i.id)).toEqual([image.id]);
    await conn.image.removeTag({ image, tag });
    expect((await conn.image.getImage(image)).tags).toEqual([prefix]);
    await expect(conn.image.removeTag({ image, tag })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("stores uploaded data with Glance's size, MD5 checksum and SHA-512 hash, and gives it back", async () => {
    const image = made[2]!;
    const data = new Uint8Array(randomBytes(5000));
    await conn.image.uploadImage(image, data);
    const active = await conn.image.getImage(image);
    expect(active).toMatchObject({
      status: "active",
      size: 5000,
      virtual_size: 5000,
      checksum: createHash("md5").update(data).digest("hex"),
      os_hash_algo: "sha512",
      os_hash_value: createHash("sha512").update(data).digest("hex"),
    });
    expect(Buffer.from(await readAll(await conn.image.downloadImage(image.id))).equals(Buffer.from(data))).toBe(true);
    await expect(conn.image.uploadImage(image, data)).rejects.toBeInstanceOf(ConflictError);
  });

  it("hides a shared image of another project from a member of demo", async () => {
    const asDemo = new Connection(demo);
    expect(await asDemo.image.findImage(made[0]!.id)).toBeNull();
    expect((await asDemo.image.listImages({ tag: prefix })).length).toBe(0);
  });

  it("deletes an image, which is then gone", async () => {
    const image = await conn.image.createImage({
      name: uniqueName("mimage-gone"),
      disk_format: "raw",
      container_format: "bare",
    });
    await conn.image.deleteImage(image);
    await conn.image.waitForDeleteImage(image, { interval: 100, timeout: 10_000 });
    await expect(conn.image.getImage(image.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(conn.image.deleteImage(image, { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
  });
});

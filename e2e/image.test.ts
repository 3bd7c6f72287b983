// Glance resources on the real service: pagination, find, JSON-patch updates of core and
// custom properties, tags, sharing with the demo project, deactivation, deletion, stores
// and schemas; and the same image ids as Python's openstacksdk.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Connection, ForbiddenError, type image, NotFoundError } from "@openstack-ts/openstack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, demo, recordingFetch, STATE, uniqueName } from "./support/cloud.js";
import { drain, randomImageData, sameBytes } from "./support/image-streams.js";

const conn = new Connection(admin);
const prefix = uniqueName("image");
const made: image.Image[] = [];

beforeAll(async () => {
  for (let i = 0; i < 5; i++) {
    made.push(
      await conn.image.createImage({
        name: `${prefix}-${i}`,
        disk_format: "raw",
        container_format: "bare",
        tags: [prefix],
        min_disk: i,
      }),
    );
  }
});
afterAll(async () => {
  for (const image of made) await conn.image.deleteImage(image);
});

/** openstacksdk's `conn.image.images(**query)` ids, on the same cloud. */
function openstacksdkImageIds(query: Record<string, string | number>): string[] {
  const script = [
    "import json, sys, openstack",
    "conn = openstack.connect(cloud='local')",
    "print(json.dumps([image.id for image in conn.image.images(**json.loads(sys.argv[1]))]))",
  ].join("\n");
  const env = { ...process.env, OS_CLIENT_CONFIG_FILE: fileURLToPath(new URL("clouds.yaml", STATE)), OS_CLOUD: "" };
  return JSON.parse(
    execFileSync("/usr/bin/python3", ["-c", script, JSON.stringify(query)], { env }).toString(),
  ) as string[];
}

describe("image on the real Glance", () => {
  it("pages through images one at a time, following Glance's next link", async () => {
    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, fetch: recorder.fetch });
    const pages: string[][] = [];
    for await (const page of counted.image.listImages({ tag: prefix }, { limit: 1 }).pages())
      pages.push(page.map((i) => i.id));
    expect(pages.every((page) => page.length === 1)).toBe(true);
    expect(pages.flat().sort()).toEqual(made.map((i) => i.id).sort());
    // Five full pages, then the empty one after the last next link.
    expect(recorder.count("GET", /\/v2\/images\?/)).toBe(6);
  });

  it("filters by Glance's own parameters", async () => {
    const big = await conn.image.listImages({
      tag: prefix,
      sort: "name:desc",
      status: "queued",
      visibility: "shared",
      disk_format: "raw",
    });
    expect(big.map((i) => i.min_disk)).toEqual([4, 3, 2, 1, 0]);
    expect(await conn.image.listImages({ tag: prefix, container_format: "ovf" })).toEqual([]);
    expect(await conn.image.listImages({ tag: prefix, os_hidden: true })).toEqual([]);
  });

  it("lists the same image ids as openstacksdk, all of them and a filtered, paged list", async () => {
    const ours = (await conn.image.listImages()).map((i) => i.id);
    expect(ours).toEqual(expect.arrayContaining(made.map((i) => i.id)));
    expect(ours).toEqual(openstacksdkImageIds({}));
    const paged = (await conn.image.listImages({ tag: prefix }, { limit: 2 })).map((i) => i.id);
    expect(paged).toEqual(openstacksdkImageIds({ tag: prefix, limit: 2 }));
  });

  it("finds by name and by id, and gives null when nothing matches", async () => {
    expect((await conn.image.findImage(`${prefix}-3`))?.id).toBe(made[3]!.id);
    expect((await conn.image.findImage(made[3]!.id))?.name).toBe(`${prefix}-3`);
    expect(await conn.image.findImage(uniqueName("missing"))).toBeNull();
    await expect(conn.image.findImage(uniqueName("missing"), { ignoreMissing: false })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("updates core properties and adds, replaces and removes custom ones by JSON patch", async () => {
    const image = made[0]!;
    const added = await conn.image.updateImage(image, {
      name: `${prefix}-renamed`,
      min_ram: 256,
      os_distro: "debian",
      hw_disk_bus: "scsi",
    });
    expect(added).toMatchObject({ name: `${prefix}-renamed`, min_ram: 256, os_distro: "debian", hw_disk_bus: "scsi" });
    // A property outside the declared ones, through a variable (the type lists declared ones).
    const custom: Record<string, string> = { e2e_custom: "one" };
    const replaced = await conn.image.updateImage(added, { os_distro: "ubuntu", ...custom });
    expect(replaced).toMatchObject({ os_distro: "ubuntu", hw_disk_bus: "scsi", e2e_custom: "one" });
    // By id: the current image is fetched, so the patch knows what to remove.
    const dropCustom: Record<string, null> = { e2e_custom: null };
    const removed = await conn.image.updateImage(image.id, { hw_disk_bus: null, os_distro: "debian", ...dropCustom });
    expect(removed.os_distro).toBe("debian");
    expect(removed).not.toHaveProperty("hw_disk_bus");
    expect(removed).not.toHaveProperty("e2e_custom");
    expect(await conn.image.getImage(image)).toMatchObject({
      name: `${prefix}-renamed`,
      min_ram: 256,
      os_distro: "debian",
    });
    expect((await conn.image.updateImage(removed, { visibility: "private", protected: false })).visibility).toBe(
      "private",
    );
  });

  it("adds and removes tags, and filters by them", async () => {
    const image = made[1]!;
    const tag = `${prefix}-extra`;
    await conn.image.addTag({ image, tag });
    await conn.image.addTag({ image, tag });
    expect((await conn.image.getImage(image)).tags.sort()).toEqual([prefix, tag].sort());
    expect((await conn.image.listImages({ tag: [prefix, tag] })).map((i) => i.id)).toEqual([image.id]);
    await conn.image.removeTag({ image, tag });
    expect((await conn.image.getImage(image)).tags).toEqual([prefix]);
    await expect(conn.image.removeTag({ image, tag })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shares an image with the demo project, which accepts it and then loses it", async () => {
    const asDemo = new Connection(demo);
    const demoProject = (await asDemo.currentProjectId)!;
    const image = made[2]!;
    expect(await asDemo.image.findImage(image.id)).toBeNull();

    const member = await conn.image.createMember({ image_id: image.id, member: demoProject });
    expect(member).toMatchObject({ image_id: image.id, member_id: demoProject, status: "pending" });
    expect((await conn.image.listMembers({ image_id: image.id })).map((m) => m.member_id)).toEqual([demoProject]);
    expect((await conn.image.findMember(demoProject, { image_id: image.id }))?.status).toBe("pending");

    // Pending: the demo project sees it only when it asks for pending shares.
    expect((await asDemo.image.listImages()).map((i) => i.id)).not.toContain(image.id);
    expect(
      (await asDemo.image.listImages({ member_status: "pending", visibility: "shared" })).map((i) => i.id),
    ).toContain(image.id);
    const accepted = await asDemo.image.updateMember(member, { status: "accepted" });
    expect(accepted.status).toBe("accepted");
    expect((await asDemo.image.getMember(demoProject, { image_id: image.id })).status).toBe("accepted");
    expect((await asDemo.image.listImages()).map((i) => i.id)).toContain(image.id);

    await conn.image.deleteMember(member);
    await expect(asDemo.image.getImage(image)).rejects.toBeInstanceOf(NotFoundError);
    await conn.image.deleteMember(member);
    await expect(conn.image.deleteMember(member, { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("deactivates and reactivates an image with data", async () => {
    const image = made[3]!;
    await conn.image.updateImage(image, { visibility: "public" });
    const { data } = randomImageData(4096);
    await conn.image.uploadImage(image, data);
    await conn.image.deactivateImage({ image });
    expect((await conn.image.getImage(image)).status).toBe("deactivated");
    // Only an admin may read a deactivated image's data.
    const asDemo = new Connection(demo);
    await expect(asDemo.image.downloadImage(image.id)).rejects.toBeInstanceOf(ForbiddenError);
    await conn.image.reactivateImage({ image });
    expect((await conn.image.getImage(image)).status).toBe("active");
    const { bytes, error } = await drain(await asDemo.image.downloadImage(image.id));
    expect(error).toBeUndefined();
    expect(sameBytes(bytes, data)).toBe(true);
  });

  it("deletes an image and waits until it is gone", async () => {
    const image = made.pop()!;
    await conn.image.deleteImage(image);
    await conn.image.waitForDeleteImage(image, { interval: 100, timeout: 10_000 });
    expect(await conn.image.findImage(image.id)).toBeNull();
    await conn.image.deleteImage(image);
    await expect(conn.image.deleteImage(image, { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists the stores, with details for an admin, and reads Glance's schemas", async () => {
    expect(await conn.image.listStores()).toEqual([{ id: "file", default: "true" }]);
    const [file] = await conn.image.listStoreDetails();
    expect(file).toMatchObject({
      id: "file",
      type: "file",
      properties: expect.objectContaining({ chunk_size: expect.any(Number) }),
    });
    const schema = await conn.image.getSchema("image");
    expect(schema.name).toBe("image");
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["os_hash_algo", "os_hash_value", "os_hidden", "visibility"]),
    );
    expect((await conn.image.getSchema("members")).name).toBe("members");
    expect(Object.keys((await conn.image.getSchema("task")).properties)).toContain("input");
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";
import { clientOf } from "../fixtures.js";

const PATCH = { "Content-Type": "application/openstack-images-v2.1-json-patch" };

async function setup() {
  const cloud = mockCloud();
  const admin = clientOf(cloud);
  const created = await admin.post("image/v2/images", {
    name: "img",
    disk_format: "raw",
    container_format: "bare",
    hw_disk_bus: "scsi",
  });
  return { cloud, admin, created, image: created.body, path: `image/v2/images/${created.body.id}` };
}

describe("fake Glance", () => {
  it("creates a queued image (201, Location) with custom properties, owned by the project", async () => {
    const { cloud, created, image } = await setup();
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`${cloud.urls.image}/v2/images/${image.id}`);
    expect(image).toMatchObject({
      status: "queued",
      visibility: "shared",
      size: null,
      checksum: null,
      owner: cloud.ids.projects.admin,
      hw_disk_bus: "scsi",
    });
    expect(image).toMatchObject({
      self: `/v2/images/${image.id}`,
      file: `/v2/images/${image.id}/file`,
      schema: "/v2/schemas/image",
    });
  });

  it("stores uploaded data with size, MD5 checksum and SHA-512, goes active, and gives the data back", async () => {
    const { admin, path } = await setup();
    const data = new TextEncoder().encode("hello world");
    expect((await admin.put(`${path}/file`, data, { "Content-Type": "application/octet-stream" })).status).toBe(204);
    const image = (await admin.get(path)).body;
    expect(image).toMatchObject({
      status: "active",
      size: 11,
      virtual_size: 11,
      checksum: "5eb63bbbe01eeed093cb22bb8f5acdc3",
      os_hash_algo: "sha512",
      os_hash_value: createHash("sha512").update(data).digest("hex"),
      stores: "file",
    });
    const download = await admin.get(`${path}/file`);
    expect(download.text).toBe("hello world");
    expect(download.headers.get("content-md5")).toBe("5eb63bbbe01eeed093cb22bb8f5acdc3");
    expect((await admin.put(`${path}/file`, data, { "Content-Type": "application/octet-stream" })).status).toBe(409);
  });

  it("answers a download of an image without data with 204", async () => {
    const { admin, path } = await setup();
    expect((await admin.get(`${path}/file`)).status).toBe(204);
  });

  it("applies JSON patches, refusing read-only fields, wrong media types and replacing what is not there", async () => {
    const { admin, path } = await setup();
    const patched = await admin.patch(
      path,
      [
        { op: "replace", path: "/name", value: "renamed" },
        { op: "add", path: "/os_distro", value: "debian" },
        { op: "remove", path: "/hw_disk_bus" },
      ],
      PATCH,
    );
    expect(patched.body).toMatchObject({ name: "renamed", os_distro: "debian" });
    expect(patched.body).not.toHaveProperty("hw_disk_bus");
    expect((await admin.patch(path, [{ op: "replace", path: "/status", value: "active" }], PATCH)).text).toContain(
      "Attribute 'status' is read-only.",
    );
    expect((await admin.patch(path, [{ op: "replace", path: "/nothing", value: "x" }], PATCH)).status).toBe(409);
    expect((await admin.patch(path, [{ op: "replace", path: "/name", value: "x" }])).status).toBe(415);
  });

  it("writes errors as Glance does: plain text, and HTML for a GET of a missing image", async () => {
    const { admin } = await setup();
    const missing = await admin.get("image/v2/images/nope");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    expect(missing.text).toContain("<h1>404 Not Found</h1>\n  No image found with ID nope");
    const sorted = await admin.get("image/v2/images?sort=min_disk:asc");
    expect(sorted.headers.get("content-type")).toBe("text/plain; charset=UTF-8");
    expect(sorted.text).toMatch(/^400 Bad Request\n\nInvalid sort key: min_disk\./);
  });

  it("filters by tag and by custom property, and hides other projects' non-public images", async () => {
    const { cloud, admin, image, path } = await setup();
    await admin.put(`${path}/tags/blue`);
    expect((await admin.get("image/v2/images?tag=blue")).body.images.map((i: { id: string }) => i.id)).toEqual([
      image.id,
    ]);
    expect((await admin.get("image/v2/images?hw_disk_bus=scsi")).body.images.map((i: { id: string }) => i.id)).toEqual([
      image.id,
    ]);
    const demo = clientOf(cloud, "demo");
    expect((await demo.get("image/v2/images")).body.images.map((i: { name: string }) => i.name)).toEqual([
      "cirros-0.6.2-x86_64-disk",
    ]);
    expect((await demo.get(path)).status).toBe(404);
  });

  it("refuses to delete a protected image", async () => {
    const { admin, path } = await setup();
    await admin.patch(path, [{ op: "replace", path: "/protected", value: true }], PATCH);
    expect((await admin.delete(path)).status).toBe(403);
  });
});

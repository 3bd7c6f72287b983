// Image data on the real Glance (file store): streamed uploads with progress, downloads
// hashed as they stream, staging with the glance-direct import, and the tasks behind it.
import { BadRequestError, Connection, ForbiddenError, image } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, uniqueName } from "./support/cloud.js";
import { drain, randomImageData, sameBytes, streamOf } from "./support/image-streams.js";

const conn = new Connection(admin);
const prefix = uniqueName("imgdata");
const made: image.Image[] = [];
type Progress = { percent: number; transferredBytes: number; totalBytes: number };

async function newImage(suffix: string): Promise<image.Image> {
  const image = await conn.image.createImage({
    name: `${prefix}-${suffix}`,
    disk_format: "raw",
    container_format: "bare",
  });
  made.push(image);
  return image;
}

afterAll(async () => {
  for (const image of made) await conn.image.deleteImage(image);
});

describe("image data on the real Glance", () => {
  it("uploads a ReadableStream chunk by chunk with progress, and downloads the same bytes with their SHA-512 checked", async () => {
    const image = await newImage("stream");
    const { data, sha512, md5 } = randomImageData(3 * 1024 * 1024 + 123);
    const sent: Progress[] = [];
    await conn.image.uploadImage(image, streamOf(data), { size: data.length, onUploadProgress: (p) => sent.push(p) });
    expect(sent.length).toBeGreaterThan(10);
    expect(sent.map((p) => p.transferredBytes)).toEqual([...sent.map((p) => p.transferredBytes)].sort((a, b) => a - b));
    expect(sent.at(-1)).toEqual({ percent: 1, transferredBytes: data.length, totalBytes: data.length });

    const active = await conn.image.waitForImage(image, { status: "active", interval: 200, timeout: 30_000 });
    expect(active).toMatchObject({ size: data.length, checksum: md5, os_hash_algo: "sha512", os_hash_value: sha512 });

    const received: Progress[] = [];
    const { bytes, error, chunks } = await drain(
      await conn.image.downloadImage(image.id, { onDownloadProgress: (p) => received.push(p) }),
    );
    expect(error).toBeUndefined();
    expect(sameBytes(bytes, data)).toBe(true);
    expect(chunks).toBeGreaterThan(1);
    expect(received.at(-1)).toEqual({ percent: 1, transferredBytes: data.length, totalBytes: data.length });

    // A signal stops a download half-way: the stream fails with its reason.
    const controller = new AbortController();
    const reader = (await conn.image.downloadImage(active, { signal: controller.signal })).getReader();
    expect((await reader.read()).done).toBe(false);
    controller.abort(new Error("stop here"));
    await expect(
      (async () => {
        for (let next = await reader.read(); !next.done; next = await reader.read());
      })(),
    ).rejects.toThrow("stop here");
  });

  it("uploads a Uint8Array, and fails a download whose data does not match the hash it was given", async () => {
    const bytesImage = await newImage("bytes");
    const { data, sha512 } = randomImageData(200_000);
    const sent: Progress[] = [];
    await image.uploadImage(conn.session, bytesImage, data, { onUploadProgress: (p) => sent.push(p) });
    expect(sent).toEqual([{ percent: 1, transferredBytes: 200_000, totalBytes: 200_000 }]);
    const active = await conn.image.getImage(bytesImage);
    expect(active.os_hash_value).toBe(sha512);

    // The real data against a wrong record: every byte arrives, then the stream fails.
    const wrong = { ...active, os_hash_value: "0".repeat(128) };
    const { bytes, error } = await drain(await conn.image.downloadImage(wrong));
    expect(bytes.length).toBe(200_000);
    expect(error).toBeInstanceOf(image.ChecksumMismatchError);
    expect(error).toMatchObject({
      imageId: bytesImage.id,
      algorithm: "sha512",
      expected: "0".repeat(128),
      actual: sha512,
    });
  });

  it("stages data and imports it with glance-direct, which the loopback Glance offers", async () => {
    const info = (await conn.image.getImportInfo()) as image.ImportInfo;
    expect(info["import-methods"].value).toEqual(
      expect.arrayContaining(["glance-direct", "web-download", "copy-image"]),
    );

    const image = await newImage("import");
    const { data, sha512 } = randomImageData(1024 * 1024);
    await conn.image.stageImage(image, streamOf(data, 100_000), { size: data.length });
    expect((await conn.image.getImage(image)).status).toBe("uploading");
    await conn.image.importImage({ image, method: "glance-direct" });
    const active = await conn.image.waitForImage(image, { status: "active", interval: 200, timeout: 30_000 });
    expect(active).toMatchObject({ os_hash_value: sha512, size: data.length, stores: "file" });
    const { bytes, error } = await drain(await conn.image.downloadImage(active));
    expect(error).toBeUndefined();
    expect(sameBytes(bytes, data)).toBe(true);

    // The import ran as an api_image_import task, visible on the image and in the task list.
    const [task] = await conn.image.listImageTasks({ image_id: image.id });
    expect(task).toMatchObject({ type: "api_image_import", image_id: image.id });
    const done = await conn.image.waitForTask(task!.id, { status: "success", interval: 200, timeout: 30_000 });
    expect(done.input).toMatchObject({ image_id: image.id, import_req: { method: { name: "glance-direct" } } });
    // (Glance filters tasks by type only for its legacy "import" type.)
    const listed = await conn.image.listTasks(
      { status: "success", sort_key: "created_at", sort_dir: "desc" },
      { maxItems: 50 },
    );
    expect(listed.map((t) => t.id)).toContain(task!.id);
  });

  it("sends web-download and copy-image as Glance reads them; loopback URLs and a single store make it refuse them", async () => {
    const image = await newImage("refused");
    // Glance's import filtering refuses addresses on this host (SSRF protection), and the
    // cloud has no route out, so web-download cannot succeed here.
    await expect(
      conn.image.importImage({ image, method: "web-download", uri: "http://127.0.0.1:9292/" }),
    ).rejects.toThrow(/URI for web-download does not pass filtering/);
    await conn.image.uploadImage(image, new Uint8Array(10));
    // One file store: the data is already in every store there is.
    const copy = conn.image.importImage({ image, method: "copy-image", stores: ["file"] });
    await expect(copy).rejects.toBeInstanceOf(BadRequestError);
    await expect(copy).rejects.toThrow(/Image is already present at store/);
    await expect(conn.image.deleteImageFromStore({ store: "file", image })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("creates a task, and waits until it fails as Glance says it must", async () => {
    // The only task type a cloud without outside access can run: an api_image_import with
    // no input fails at once. Tasks cannot be deleted; Glance drops them after expires_at.
    const task = await conn.image.createTask({ type: "api_image_import", input: {} });
    expect(task).toMatchObject({ type: "api_image_import", status: "pending" });
    const failed = await conn.image.waitForTask(task, { status: "failure", interval: 200, timeout: 30_000 });
    expect(failed.message).toBe("Input to api_image_import task is empty.");
    expect(failed.expires_at).toEqual(expect.any(String));
    // The legacy import task wants a URL Glance may fetch.
    await expect(
      conn.image.createTask({
        type: "import",
        input: { import_from: "http://127.0.0.1/x", import_from_format: "raw" },
      }),
    ).rejects.toThrow(/does not pass filtering/);
  });
});

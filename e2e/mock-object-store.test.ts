// Swift's everyday calls, the same file against the real cloud and the fake one
// (support/target.ts): containers and their metadata, objects from text and bytes with
// names that need encoding, listings paged by marker and folded by delimiter, copies, and
// deletion (a container only once empty).
import { createHash } from "node:crypto";
import { ConflictError, Connection, NotFoundError, objectStore } from "@openstack-ts/openstack";
import { afterAll, describe, expect, it } from "vitest";
import { admin, recordingFetch, uniqueName } from "./support/target.js";

const conn = new Connection(admin);
const swift = conn.objectStore;
const container = uniqueName("mswift");
const names = ["a/b/c.txt", "a/d.txt", "ü ?#%&+.txt", "plain", "日本語/ファイル.txt"];

afterAll(async () => {
  for (const box of [container, `${container}_segments`]) {
    for (const entry of await Promise.resolve(objectStore.listObjects(swift, box)).catch(() => [])) {
      if (!objectStore.isObjectSubdir(entry)) await objectStore.deleteObject(swift, box, entry.name);
    }
    await objectStore.deleteContainer(swift, box);
  }
});

describe("object store", () => {
  it("creates a container once (201), then only updates it (202), with metadata", async () => {
    expect(await objectStore.createContainer(swift, container, { metadata: { color: "blue" } })).toBe(true);
    expect(await objectStore.createContainer(swift, container)).toBe(false);
    const metadata = await objectStore.getContainerMetadata(swift, container);
    expect(metadata).toMatchObject({ name: container, objectCount: 0, bytesUsed: 0, metadata: { color: "blue" } });
    await objectStore.setContainerMetadata(swift, container, { metadata: { size: "large" } });
    expect((await objectStore.getContainerMetadata(swift, container)).metadata).toEqual({
      color: "blue",
      size: "large",
    });
  });

  it("stores objects with names that need encoding, with Swift's MD5 ETag, and gives their bytes back", async () => {
    for (const name of names) {
      const uploaded = await objectStore.uploadObject(swift, container, name, `contents of ${name}`);
      expect(uploaded.etag).toBe(createHash("md5").update(`contents of ${name}`).digest("hex"));
    }
    const bytes = new Uint8Array([0, 1, 2, 254, 255]);
    await objectStore.uploadObject(swift, container, "binary.bin", bytes, { contentType: "application/octet-stream" });
    expect(
      Buffer.from(await objectStore.downloadObject(swift, container, "binary.bin")).equals(Buffer.from(bytes)),
    ).toBe(true);
    expect(new TextDecoder().decode(await objectStore.downloadObject(swift, container, "ü ?#%&+.txt"))).toBe(
      "contents of ü ?#%&+.txt",
    );
    const head = await objectStore.getObjectMetadata(swift, container, "a/d.txt");
    expect(head).toMatchObject({
      contentLength: "contents of a/d.txt".length,
      contentType: "text/plain; charset=utf-8",
    });
    expect((await objectStore.getContainerMetadata(swift, container)).objectCount).toBe(names.length + 1);
  });

  it("lists objects by name, paged two at a time by marker", async () => {
    const recorder = recordingFetch();
    const counted = new Connection({ ...admin, fetch: recorder.fetch });
    const pages: string[][] = [];
    for await (const page of objectStore.listObjects(counted.objectStore, container, {}, { limit: 2 }).pages())
      pages.push(page.map((e) => (objectStore.isObjectSubdir(e) ? e.subdir : e.name)));
    expect(pages.flat()).toEqual([...names, "binary.bin"].sort());
    expect(pages.every((page) => page.length <= 2)).toBe(true);
    expect(recorder.count("GET", /marker=/)).toBeGreaterThanOrEqual(2);
  });

  it("folds names into pseudo-folders with a delimiter, and narrows by prefix", async () => {
    const top = await objectStore.listObjects(swift, container, { delimiter: "/" });
    expect(top.map((e) => (objectStore.isObjectSubdir(e) ? `dir ${e.subdir}` : e.name))).toEqual([
      "dir a/",
      "binary.bin",
      "plain",
      "ü ?#%&+.txt",
      "dir 日本語/",
    ]);
    const inA = await objectStore.listObjects(swift, container, { prefix: "a/", delimiter: "/" });
    expect(inA.map((e) => (objectStore.isObjectSubdir(e) ? `dir ${e.subdir}` : e.name))).toEqual([
      "dir a/b/",
      "a/d.txt",
    ]);
    expect(
      (await objectStore.listObjects(swift, container, { prefix: "a/", reverse: true })).map((e) =>
        objectStore.isObjectSubdir(e) ? e.subdir : e.name,
      ),
    ).toEqual(["a/d.txt", "a/b/c.txt"]);
  });

  it("sets object metadata and copies an object, metadata included", async () => {
    await objectStore.setObjectMetadata(swift, container, "plain", { metadata: { owner: "e2e" } });
    expect((await objectStore.getObjectMetadata(swift, container, "plain")).metadata).toEqual({ owner: "e2e" });
    await objectStore.copyObject(swift, { container, object: "plain" }, { container, object: "copy-of-plain" });
    const copy = await objectStore.getObjectMetadata(swift, container, "copy-of-plain");
    expect(copy.metadata).toEqual({ owner: "e2e" });
    expect(new TextDecoder().decode(await objectStore.downloadObject(swift, container, "copy-of-plain"))).toBe(
      "contents of plain",
    );
  });

  it("uploads a static large object in segments, reads it as one, and deletes it with its segments", async () => {
    const data = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) % 256);
    const uploaded = await objectStore.uploadLargeObject(swift, container, "large.bin", data, { segmentSize: 1024 });
    expect(uploaded).toMatchObject({ size: 5000, segments: 5, segmentContainer: `${container}_segments` });
    expect((await objectStore.getObjectMetadata(swift, container, "large.bin")).isStaticLargeObject).toBe(true);
    expect(Buffer.from(await objectStore.downloadObject(swift, container, "large.bin")).equals(Buffer.from(data))).toBe(
      true,
    );
    expect(await objectStore.deleteLargeObject(swift, container, "large.bin")).toMatchObject({
      deleted: 6,
      notFound: 0,
      errors: [],
    });
    expect(await objectStore.listObjects(swift, `${container}_segments`)).toEqual([]);
  });

  it("deletes in bulk, counting what was not there", async () => {
    await objectStore.uploadObject(swift, container, "bulk-1", "1");
    await objectStore.uploadObject(swift, container, "bulk-2", "2");
    const result = await objectStore.bulkDelete(swift, [
      { container, object: "bulk-1" },
      { container, object: "bulk-2" },
      { container, object: "bulk-missing" },
    ]);
    expect(result).toEqual({ deleted: 2, notFound: 1, errors: [] });
  });

  it("refuses to delete a container that holds objects, deletes objects, and 404s a missing one", async () => {
    await expect(objectStore.deleteContainer(swift, container, { ignoreMissing: false })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await objectStore.deleteObject(swift, container, "copy-of-plain");
    await expect(objectStore.getObjectMetadata(swift, container, "copy-of-plain")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      objectStore.deleteObject(swift, container, "copy-of-plain", { ignoreMissing: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(objectStore.downloadObject(swift, uniqueName("no-such-container"), "x")).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

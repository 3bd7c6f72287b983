import { InvalidArgumentError, NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, imageCloud } from "../fixtures.js";
import { downloadImage } from "../../src/image-data/download.js";
import { ChecksumMismatchError, ImageDataMissingError } from "../../src/image-data/errors.js";
import { drain, imageWithData, sameBytes, streamOf } from "./fixtures.js";
import type { Progress } from "../../src/image-data/progress.js";

const { server, setup } = imageCloud();

/** Glance serving one image: its record at images/{id}, its data at …/file in 64 KiB chunks. */
function glance(
  record: { id: string; [field: string]: unknown },
  data: Uint8Array,
  headers: Record<string, string> = { "Content-Length": String(data.length) },
) {
  server.use(
    http.get(`${API}/images/:id`, ({ params }) =>
      params["id"] === record.id ? HttpResponse.json(record) : HttpResponse.text("404 Not Found", { status: 404 }),
    ),
    http.get(
      `${API}/images/:id/file`,
      () => new HttpResponse(streamOf(data), { headers: { "Content-Type": "application/octet-stream", ...headers } }),
    ),
  );
}

const paths = (seen: Request[]) => seen.map((r) => new URL(r.url).pathname);

describe("downloadImage", () => {
  it("streams the data, checks its SHA-512, and reports progress up to 100 %", async () => {
    const { session, seen } = setup();
    const { data, record } = imageWithData(300_000);
    glance(record, data);
    const progress: Progress[] = [];
    const { bytes, error } = await drain(
      await downloadImage(session, record.id, { onDownloadProgress: (p) => progress.push(p) }),
    );
    expect(error).toBeUndefined();
    expect(sameBytes(bytes, data)).toBe(true);
    expect(paths(seen)).toEqual([`/v2/images/${record.id}`, `/v2/images/${record.id}/file`]);
    expect(progress.map((p) => p.transferredBytes)).toEqual([65_536, 131_072, 196_608, 262_144, 300_000, 300_000]);
    expect(progress.slice(0, -1).every((p) => p.percent < 1 && p.totalBytes === 300_000)).toBe(true);
    expect(progress.at(-1)).toEqual({ percent: 1, transferredBytes: 300_000, totalBytes: 300_000 });
  });

  it("takes the hash from an image that carries one, without asking Glance for it", async () => {
    const { facade, seen } = setup();
    const { data, record } = imageWithData(1_000, "sha384");
    glance(record, data);
    const { bytes, error } = await drain(await downloadImage(facade, record));
    expect(error).toBeUndefined();
    expect(sameBytes(bytes, data)).toBe(true);
    expect(paths(seen)).toEqual([`/v2/images/${record.id}/file`]);
  });

  it("fails with ChecksumMismatchError after the last byte when the data is not what Glance hashed", async () => {
    const { session } = setup();
    const { data, record } = imageWithData(200_000);
    const corrupt = data.slice();
    corrupt[123_456] = corrupt[123_456]! ^ 0xff;
    glance(record, corrupt);
    const progress: Progress[] = [];
    const { bytes, error } = await drain(
      await downloadImage(session, record, { onDownloadProgress: (p) => progress.push(p) }),
    );
    // Every byte came through (nothing was held back to check), then the stream failed.
    expect(bytes.length).toBe(200_000);
    expect(error).toBeInstanceOf(ChecksumMismatchError);
    expect(error).toMatchObject({
      name: "ChecksumMismatchError",
      imageId: record.id,
      algorithm: "sha512",
      expected: record.os_hash_value,
    });
    expect((error as ChecksumMismatchError).actual).toMatch(/^[0-9a-f]{128}$/);
    expect((error as ChecksumMismatchError).actual).not.toBe(record.os_hash_value);
    expect(progress.every((p) => p.percent < 1)).toBe(true);
  });

  it("fails when fewer bytes come than the image's size, even before hashing", async () => {
    const { session } = setup();
    const { data, record } = imageWithData(10_000);
    glance(record, data.subarray(0, 9_999), { "Content-Length": "9999" });
    const { error } = await drain(await downloadImage(session, record.id));
    expect(error).toMatchObject({
      name: "ChecksumMismatchError",
      algorithm: "size",
      expected: "10000 bytes",
      actual: "9999 bytes",
    });
  });

  it("checks only the size of an image without a hash, and says so in the log", async () => {
    const warnings: string[] = [];
    const { session } = setup({ logger: { warn: (message: string) => warnings.push(message) } });
    const { data, record } = imageWithData(5_000);
    const unhashed = { ...record, os_hash_algo: null, os_hash_value: null };
    glance(unhashed, data);
    expect((await drain(await downloadImage(session, unhashed))).error).toBeUndefined();
    glance({ ...unhashed, size: 4_000 }, data);
    expect((await drain(await downloadImage(session, unhashed.id))).error).toMatchObject({ algorithm: "size" });
    expect(warnings).toEqual([
      `downloadImage: image ${record.id} has no os_hash_value; only its size is checked`,
      `downloadImage: image ${record.id} has no os_hash_value; only its size is checked`,
    ]);
  });

  it("refuses, before any data moves, an image hashed with an algorithm it cannot compute, unless told not to verify", async () => {
    const { session, seen } = setup();
    const { data, record } = imageWithData(1_000);
    const sha256 = { ...record, os_hash_algo: "sha256", os_hash_value: "ab".repeat(32) };
    glance(sha256, data);
    await expect(downloadImage(session, sha256)).rejects.toThrow(InvalidArgumentError);
    await expect(downloadImage(session, sha256)).rejects.toThrow(/hashed with sha256.*pass verify: false/);
    expect(seen).toHaveLength(0);
    const { bytes, error } = await drain(await downloadImage(session, sha256, { verify: false }));
    expect(error).toBeUndefined();
    expect(sameBytes(bytes, data)).toBe(true);
  });

  it("does not check what it is told not to verify, even a corrupt download", async () => {
    const { session, seen } = setup();
    const { record } = imageWithData(1_000);
    glance(record, new Uint8Array(10), { "Content-Length": "10" });
    expect((await drain(await downloadImage(session, record.id, { verify: false }))).error).toBeUndefined();
    expect(paths(seen)).toEqual([`/v2/images/${record.id}/file`]);
  });

  it("says so when the image has no data (Glance's 204)", async () => {
    const { session } = setup();
    const { record } = imageWithData(1);
    server.use(http.get(`${API}/images/:id/file`, () => new HttpResponse(null, { status: 204 })));
    await expect(downloadImage(session, record)).rejects.toBeInstanceOf(ImageDataMissingError);
    await expect(downloadImage(session, record)).rejects.toThrow(`Image ${record.id} has no data`);
  });

  it("sends nothing when its signal is already aborted", async () => {
    const { session, seen } = setup();
    const { data, record } = imageWithData(1_000);
    glance(record, data);
    const controller = new AbortController();
    controller.abort(new Error("not wanted"));
    await expect(downloadImage(session, record.id, { signal: controller.signal })).rejects.toThrow("not wanted");
    await expect(downloadImage(session, record, { signal: controller.signal })).rejects.toThrow("not wanted");
    expect(seen).toHaveLength(0);
  });

  it("passes on a missing image as NotFoundError", async () => {
    const { session } = setup();
    const { data, record } = imageWithData(1);
    glance(record, data);
    await expect(downloadImage(session, "d0e5a6b5-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });
});

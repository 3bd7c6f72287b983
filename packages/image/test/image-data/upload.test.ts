import { InvalidArgumentError, ServerError } from "@openstack-ts/core";
import { delay, http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { API, imageCloud } from "../fixtures.js";
import { imageBody } from "../images/fixtures.js";
import { sameBytes, streamOf } from "./fixtures.js";
import type { Progress } from "../../src/image-data/progress.js";
import { stageImage, uploadImage } from "../../src/image-data/upload.js";

// Whether the runtime can send streams, switchable per test (Node can; Firefox cannot).
const runtime = vi.hoisted(() => ({ streams: true }));
vi.mock("../../src/image-data/request-streams.js", () => ({ canStreamRequests: () => runtime.streams }));

const { server, setup } = imageCloud();
const FILE = `${API}/images/${imageBody.id}/file`;
const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7) % 256);

/** A Glance that keeps what it was sent, answering 204 as Glance does. */
function receive(url: string) {
  const got: { bytes: Uint8Array; contentType: string | null }[] = [];
  server.use(
    http.put(url, async ({ request }) => {
      got.push({
        bytes: new Uint8Array(await request.arrayBuffer()),
        contentType: request.headers.get("content-type"),
      });
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return got;
}

describe("uploadImage and stageImage", () => {
  it("uploads bytes to images/{id}/file as octet-stream, reporting 100 % when Glance has them", async () => {
    const { session } = setup();
    const got = receive(FILE);
    const data = bytes(5_000);
    const progress: Progress[] = [];
    await uploadImage(session, imageBody, data, { onUploadProgress: (p) => progress.push(p) });
    expect(got).toEqual([{ bytes: data, contentType: "application/octet-stream" }]);
    expect(progress).toEqual([{ percent: 1, transferredBytes: 5_000, totalBytes: 5_000 }]);
  });

  it("sends a stream as it is read, reporting each chunk", async () => {
    const { facade } = setup();
    const got = receive(FILE);
    const data = bytes(200_000);
    const progress: Progress[] = [];
    // The façade is a client of the image service too.
    await uploadImage(facade, imageBody.id, streamOf(data, 65_536), {
      size: data.length,
      onUploadProgress: (p) => progress.push(p),
    });
    expect(sameBytes(got[0]!.bytes, data)).toBe(true);
    expect(progress.map((p) => p.transferredBytes)).toEqual([65_536, 131_072, 196_608, 200_000, 200_000]);
    expect(progress.slice(0, -1).every((p) => p.percent < 1 && p.totalBytes === 200_000)).toBe(true);
    expect(progress.at(-1)).toEqual({ percent: 1, transferredBytes: 200_000, totalBytes: 200_000 });
  });

  it("reports a stream of unknown length without a percentage until it ends", async () => {
    const { session } = setup();
    receive(FILE);
    const progress: Progress[] = [];
    await uploadImage(session, imageBody, streamOf(bytes(1_000), 600), { onUploadProgress: (p) => progress.push(p) });
    expect(progress).toEqual([
      { percent: 1 - Number.EPSILON, transferredBytes: 600, totalBytes: 600 },
      { percent: 1 - Number.EPSILON, transferredBytes: 1_000, totalBytes: 1_000 },
      { percent: 1, transferredBytes: 1_000, totalBytes: 1_000 },
    ]);
  });

  it("uploads a Blob and an ArrayBuffer whole", async () => {
    const { session } = setup();
    const got = receive(FILE);
    await uploadImage(session, imageBody, new Blob([bytes(300)]));
    await uploadImage(session, imageBody, bytes(200).buffer);
    expect(got.map((g) => g.bytes)).toEqual([bytes(300), bytes(200)]);
  });

  it("stages data at images/{id}/stage for glance-direct", async () => {
    const { session } = setup();
    const got = receive(`${API}/images/${imageBody.id}/stage`);
    await stageImage(session, imageBody, streamOf(bytes(70_000)));
    expect(sameBytes(got[0]!.bytes, bytes(70_000))).toBe(true);
  });

  it("collects a stream into a Blob where the runtime cannot send streams", async () => {
    runtime.streams = false;
    try {
      const { session } = setup();
      const got = receive(FILE);
      const progress: Progress[] = [];
      await uploadImage(session, imageBody, streamOf(bytes(100_000)), { onUploadProgress: (p) => progress.push(p) });
      expect(sameBytes(got[0]!.bytes, bytes(100_000))).toBe(true);
      expect(progress).toEqual([{ percent: 1, transferredBytes: 100_000, totalBytes: 100_000 }]);
    } finally {
      runtime.streams = true;
    }
  });

  it("never sends an upload twice, though the session retries other requests", async () => {
    const { session, seen } = setup({ retries: { baseDelay: 1 } });
    const replies = [() => HttpResponse.json({ message: "busy" }, { status: 503 }), () => HttpResponse.json(imageBody)];
    server.use(
      http.put(FILE, () => HttpResponse.json({ message: "busy" }, { status: 503 })),
      http.get(`${API}/images/:id`, () => replies.shift()!()),
    );
    await expect(uploadImage(session, imageBody, bytes(10))).rejects.toBeInstanceOf(ServerError);
    await expect(uploadImage(session, imageBody, streamOf(bytes(10)))).rejects.toBeInstanceOf(ServerError);
    expect(seen.filter((r) => r.method === "PUT")).toHaveLength(2);
    const { images } = await import("../../src/images/image.js");
    expect((await images.get(session, imageBody.id)).id).toBe(imageBody.id);
    expect(seen.filter((r) => r.method === "GET")).toHaveLength(2);
  });

  it("is not cut short by the session's timeout: data takes as long as it takes", async () => {
    const { session } = setup({ timeout: 20 });
    server.use(
      http.put(FILE, async () => {
        await delay(200);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await expect(uploadImage(session, imageBody, bytes(10))).resolves.toBeUndefined();
  });

  it("refuses data of another kind, and a bad image id, before sending anything", async () => {
    const { session, seen } = setup();
    // @ts-expect-error: a string is not image data
    await expect(uploadImage(session, imageBody, "not bytes")).rejects.toThrow(
      /takes a ReadableStream, a Uint8Array, an ArrayBuffer or a Blob, got string/,
    );
    await expect(uploadImage(session, "../x", bytes(1))).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });
});

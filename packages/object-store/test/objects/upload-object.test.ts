import { createHash } from "node:crypto";
import { InvalidArgumentError, ServerError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { ObjectChecksumError } from "../../src/errors.js";
import { ACCOUNT, bytesOf, calls, swiftCloud } from "../fixtures.js";
import { uploadObject } from "../../src/objects/upload-object.js";

const { server, setup } = swiftCloud();
const md5 = (bytes: Uint8Array | string) => createHash("md5").update(bytes).digest("hex");

/** A Swift that stores what it receives and answers with its real MD5, as Swift does. */
function storing() {
  const stored: { path: string; bytes: Uint8Array; headers: Headers }[] = [];
  server.use(
    http.put(`${ACCOUNT}/*`, async ({ request }) => {
      const bytes = new Uint8Array(await request.arrayBuffer());
      const sent = request.headers.get("etag");
      if (sent !== null && sent !== md5(bytes))
        return new HttpResponse("<html><h1>Unprocessable Entity</h1></html>", { status: 422 });
      stored.push({ path: new URL(request.url).pathname, bytes, headers: request.headers });
      return new HttpResponse(null, {
        status: 201,
        headers: { ETag: md5(bytes), "Last-Modified": "Wed, 15 Jan 2014 16:41:49 GMT" },
      });
    }),
  );
  return stored;
}

function streamOf(...chunks: string[]) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(bytesOf(chunk));
      controller.close();
    },
  });
}

describe("uploadObject", () => {
  it("uploads a string as UTF-8 text with its MD5 as ETag, metadata and expiry", async () => {
    const { session, seen } = setup();
    const stored = storing();
    const result = await uploadObject(session, "c", "notes/über 1.txt", "grüße", {
      metadata: { author: "jane" },
      deleteAfter: 3600,
    });
    expect(result).toEqual({
      container: "c",
      name: "notes/über 1.txt",
      etag: md5("grüße"),
      lastModified: "Wed, 15 Jan 2014 16:41:49 GMT",
    });
    expect(calls(seen)).toEqual(["PUT /v1/AUTH_p-admin/c/notes/%C3%BCber%201.txt"]);
    const headers = stored[0]!.headers;
    expect(headers.get("etag")).toBe(md5("grüße"));
    expect(headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(headers.get("x-object-meta-author")).toBe("jane");
    expect(headers.get("x-delete-after")).toBe("3600");
    expect(new TextDecoder().decode(stored[0]!.bytes)).toBe("grüße");
  });

  it("uploads bytes, ArrayBuffers, typed-array views and Blobs, each with its MD5", async () => {
    const { session } = setup();
    const stored = storing();
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => i % 256);
    await uploadObject(session, "c", "a", bytes, { contentType: "application/x-test" });
    await uploadObject(session, "c", "b", bytes.buffer);
    await uploadObject(session, "c", "view", new DataView(bytes.buffer, 10, 20));
    await uploadObject(session, "c", "d", new Blob([bytes], { type: "image/png" }));
    expect(stored.map((s) => [s.path, s.bytes.length, s.headers.get("etag")])).toEqual([
      ["/v1/AUTH_p-admin/c/a", 300, md5(bytes)],
      ["/v1/AUTH_p-admin/c/b", 300, md5(bytes)],
      ["/v1/AUTH_p-admin/c/view", 20, md5(bytes.subarray(10, 30))],
      ["/v1/AUTH_p-admin/c/d", 300, md5(bytes)],
    ]);
    expect(stored[0]!.headers.get("content-type")).toBe("application/x-test");
    expect(stored[3]!.headers.get("content-type")).toBe("image/png");
  });

  it("streams a ReadableStream, reports progress, and checks Swift's ETag against the MD5 of what went out", async () => {
    const { session } = setup();
    const stored = storing();
    const progress: number[] = [];
    const result = await uploadObject(session, "c", "s", streamOf("hello ", "stream"), {
      onUploadProgress: (p) => progress.push(p.transferredBytes),
    });
    expect(new TextDecoder().decode(stored[0]!.bytes)).toBe("hello stream");
    expect(stored[0]!.headers.get("etag")).toBeNull();
    expect(result.etag).toBe(md5("hello stream"));
    expect(progress.at(-1)).toBe(12);
  });

  it("fails with ObjectChecksumError when Swift stored other bytes than were streamed", async () => {
    const { session } = setup();
    server.use(
      http.put(`${ACCOUNT}/*`, () => new HttpResponse(null, { status: 201, headers: { ETag: md5("something else") } })),
    );
    const upload = uploadObject(session, "c", "s", streamOf("hello"));
    await expect(upload).rejects.toBeInstanceOf(ObjectChecksumError);
    await expect(upload).rejects.toThrow(md5("hello"));
  });

  it("never retries a streamed upload (it would hold a copy of the stream), but retries bytes", async () => {
    const { session } = setup({ session: { retries: { limit: 2, baseDelay: 1 } } });
    let attempts = 0;
    server.use(
      http.put(`${ACCOUNT}/*`, async ({ request }) => {
        await request.arrayBuffer();
        attempts += 1;
        return attempts === 1
          ? new HttpResponse("busy", { status: 503 })
          : new HttpResponse(null, { status: 201, headers: { ETag: md5("x") } });
      }),
    );
    await expect(uploadObject(session, "c", "s", streamOf("x"))).rejects.toBeInstanceOf(ServerError);
    expect(attempts).toBe(1);
    attempts = 0;
    expect((await uploadObject(session, "c", "b", "x")).etag).toBe(md5("x"));
    expect(attempts).toBe(2);
  });

  it("lets Swift refuse damaged bytes: a wrong ETag is a 422", async () => {
    const { session } = setup();
    storing();
    await expect(
      uploadObject(session, "c", "x", "data", { headers: { ETag: md5("other") }, checksum: false }),
    ).rejects.toThrow(/422/);
  });

  it("checks its arguments before sending", async () => {
    const { session, seen } = setup();
    await expect(uploadObject(session, "c", "a/../b", "x")).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(uploadObject(session, "c", "x", 42 as unknown as string)).rejects.toThrow(/takes a string, bytes/);
    await expect(uploadObject(session, "c", "x", "x", { deleteAfter: 10, deleteAt: 20 })).rejects.toThrow(/not both/);
    await expect(uploadObject(session, "c", "x", "x", { deleteAfter: 1.5 })).rejects.toThrow(/deleteAfter/);
    expect(seen).toHaveLength(0);
  });
});

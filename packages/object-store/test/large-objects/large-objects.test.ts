import { createHash } from "node:crypto";
import { ConfigError, InvalidArgumentError, NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { BulkDeleteError } from "../../src/errors.js";
import { ACCOUNT, bytesOf, infoBody, swiftCloud } from "../fixtures.js";
import { deleteLargeObject } from "../../src/large-objects/delete-large-object.js";
import { planSegments } from "../../src/large-objects/limits.js";
import { uploadLargeObject } from "../../src/large-objects/upload-large-object.js";

const { server, setup } = swiftCloud();
const md5 = (bytes: Uint8Array | string) => createHash("md5").update(bytes).digest("hex");

/** A Swift that keeps segments and manifests, checking ETags as Swift does. */
function fakeSwift(options: { failSegment?: number } = {}) {
  const objects = new Map<string, { bytes: Uint8Array; headers: Headers }>();
  const containers: string[] = [];
  const deleted: string[] = [];
  let manifest: { body: unknown; headers: Headers; query: string } | undefined;
  server.use(
    http.put(`${ACCOUNT}/:container`, ({ params }) => {
      containers.push(String(params["container"]));
      return new HttpResponse(null, { status: 201 });
    }),
    http.put(`${ACCOUNT}/:container/*`, async ({ request }) => {
      const url = new URL(request.url);
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (url.searchParams.get("multipart-manifest") === "put") {
        manifest = { body: JSON.parse(new TextDecoder().decode(bytes)), headers: request.headers, query: url.search };
        return new HttpResponse(null, { status: 201, headers: { ETag: `"${md5("whatever")}"` } });
      }
      const index = Number(url.pathname.split("/").pop());
      if (index === options.failSegment) return new HttpResponse("busy", { status: 503 });
      if (request.headers.get("etag") !== md5(bytes)) return new HttpResponse("Unprocessable Entity", { status: 422 });
      objects.set(decodeURIComponent(url.pathname), { bytes, headers: request.headers });
      return new HttpResponse(null, { status: 201, headers: { ETag: md5(bytes) } });
    }),
    http.post(ACCOUNT, async ({ request }) => {
      const paths = (await request.text()).split("\n");
      deleted.push(...paths);
      return HttpResponse.json({
        "Number Deleted": paths.length,
        "Number Not Found": 0,
        "Response Status": "200 OK",
        "Response Body": "",
        Errors: [],
      });
    }),
  );
  return { objects, containers, deleted, manifest: () => manifest };
}

const tenBytes = "0123456789";

describe("uploadLargeObject", () => {
  it("uploads segments to <container>_segments with their MD5s, then the manifest with the MD5 of their ETags", async () => {
    const { session } = setup();
    const swift = fakeSwift();
    const progress: number[] = [];
    const result = await uploadLargeObject(session, "c", "big ü.bin", tenBytes, {
      segmentSize: 4,
      contentType: "application/x-big",
      metadata: { kind: "test" },
      onUploadProgress: (p) => progress.push(p.transferredBytes),
    });
    expect(result).toMatchObject({
      container: "c",
      name: "big ü.bin",
      size: 10,
      segments: 3,
      segmentContainer: "c_segments",
      etag: md5("whatever"),
    });
    expect(result.segmentPrefix).toMatch(/^big ü\.bin\/slo\/\d+-[a-z0-9]+\/4\/$/);
    expect(swift.containers).toEqual(["c_segments"]);
    const manifest = swift.manifest()!;
    const segmentNames = [0, 1, 2].map((i) => `${result.segmentPrefix}${String(i).padStart(8, "0")}`);
    expect(manifest.body).toEqual([
      { path: `/c_segments/${segmentNames[0]}`, etag: md5("0123"), size_bytes: 4 },
      { path: `/c_segments/${segmentNames[1]}`, etag: md5("4567"), size_bytes: 4 },
      { path: `/c_segments/${segmentNames[2]}`, etag: md5("89"), size_bytes: 2 },
    ]);
    expect(manifest.query).toBe("?multipart-manifest=put");
    expect(manifest.headers.get("etag")).toBe(md5(md5("0123") + md5("4567") + md5("89")));
    expect(manifest.headers.get("content-type")).toBe("application/x-big");
    expect(manifest.headers.get("x-object-meta-kind")).toBe("test");
    expect([...swift.objects.keys()]).toEqual(segmentNames.map((name) => `/v1/AUTH_p-admin/c_segments/${name}`));
    expect(progress.at(-1)).toBe(10);
  });

  it("cuts a stream the same way, and gives segments and manifest one expiry time", async () => {
    const { session } = setup();
    const swift = fakeSwift();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of ["012", "3456", "789"]) controller.enqueue(bytesOf(chunk));
        controller.close();
      },
    });
    const result = await uploadLargeObject(session, "c", "s", stream, {
      segmentSize: 5,
      deleteAfter: 3600,
      segmentContainer: "parts",
      concurrency: 1,
    });
    expect(result.segments).toBe(2);
    expect(swift.containers).toEqual(["parts"]);
    const [first, second] = [...swift.objects.values()];
    expect(new TextDecoder().decode(first!.bytes)).toBe("01234");
    expect(new TextDecoder().decode(second!.bytes)).toBe("56789");
    const deleteAt = swift.manifest()!.headers.get("x-delete-at");
    expect(Number(deleteAt)).toBeGreaterThan(Date.now() / 1000);
    expect(first!.headers.get("x-delete-at")).toBe(deleteAt);
    expect(swift.manifest()!.headers.get("x-delete-after")).toBeNull();
  });

  it("deletes the segments it uploaded when a segment fails, and throws that failure", async () => {
    const { session } = setup();
    const swift = fakeSwift({ failSegment: 2 });
    await expect(uploadLargeObject(session, "c", "o", tenBytes, { segmentSize: 2, concurrency: 1 })).rejects.toThrow(
      /503/,
    );
    expect(swift.manifest()).toBeUndefined();
    expect(swift.deleted).toHaveLength(2);
    expect(swift.deleted.every((path) => path.startsWith("/c_segments/o/slo/"))).toBe(true);
  });

  it("checks the segment size against /info before uploading anything", async () => {
    const { session, seen } = setup({
      info: { ...infoBody, swift: { max_file_size: 100 }, slo: { min_segment_size: 4, max_manifest_segments: 2 } },
    });
    await expect(uploadLargeObject(session, "c", "o", tenBytes, { segmentSize: 3 })).rejects.toThrow(
      /from 4 \(slo.min_segment_size\) to 100/,
    );
    await expect(uploadLargeObject(session, "c", "o", tenBytes, { segmentSize: 101 })).rejects.toThrow(
      InvalidArgumentError,
    );
    await expect(uploadLargeObject(session, "c", "o", tenBytes, { segmentSize: 4 })).rejects.toThrow(
      /3 segments, over slo.max_manifest_segments \(2\)/,
    );
    expect(seen.filter((r) => r.method !== "GET")).toHaveLength(0);
  });

  it("refuses a cluster without static large objects", async () => {
    const { session } = setup({ info: { swift: { version: "2.30.1" } } });
    await expect(uploadLargeObject(session, "c", "o", tenBytes)).rejects.toBeInstanceOf(ConfigError);
  });
});

describe("segment planning", () => {
  it("defaults to 100 MiB, grows to fit max_manifest_segments, and stays under max_file_size", () => {
    const info = { swift: { max_file_size: 5 * 1024 ** 3 }, slo: { min_segment_size: 1, max_manifest_segments: 1000 } };
    expect(planSegments(info, undefined, 10).segmentSize).toBe(100 * 1024 ** 2);
    expect(planSegments(info, undefined, 200 * 1024 ** 3).segmentSize).toBe(Math.ceil((200 * 1024 ** 3) / 1000));
    expect(planSegments({ ...info, swift: { max_file_size: 1024 } }, undefined, undefined).segmentSize).toBe(1024);
    // Without /info, Swift's defaults.
    expect(planSegments(undefined, undefined, undefined)).toEqual({ segmentSize: 100 * 1024 ** 2, maxSegments: 1000 });
    expect(() => planSegments(undefined, 1024, undefined)).toThrow(/slo.min_segment_size/);
  });
});

describe("deleteLargeObject", () => {
  it("deletes the manifest and its segments with ?multipart-manifest=delete", async () => {
    const { session, seen } = setup();
    server.use(
      http.delete(`${ACCOUNT}/*`, () =>
        HttpResponse.json({
          "Number Deleted": 4,
          "Number Not Found": 0,
          "Response Status": "200 OK",
          "Response Body": "",
          Errors: [],
        }),
      ),
    );
    expect(await deleteLargeObject(session, "c", "big ü.bin")).toEqual({ deleted: 4, notFound: 0, errors: [] });
    expect(new URL(seen[0]!.url).pathname + new URL(seen[0]!.url).search).toBe(
      "/v1/AUTH_p-admin/c/big%20%C3%BC.bin?multipart-manifest=delete",
    );
    expect(seen[0]!.headers.get("accept")).toBe("application/json");
  });

  it("ignores a missing object unless told not to, and refuses one that is not a large object", async () => {
    const { session } = setup();
    const answers = {
      gone: { "Number Deleted": 0, "Number Not Found": 1, "Response Status": "200 OK", Errors: [] },
      plain: {
        "Number Deleted": 0,
        "Number Not Found": 0,
        "Response Status": "400 Bad Request",
        Errors: [["/c/plain", "Not an SLO manifest"]],
      },
    };
    server.use(
      http.delete(`${ACCOUNT}/c/:name`, ({ params }) =>
        HttpResponse.json(answers[params["name"] as keyof typeof answers]),
      ),
    );
    expect((await deleteLargeObject(session, "c", "gone")).notFound).toBe(1);
    await expect(deleteLargeObject(session, "c", "gone", { ignoreMissing: false })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const failure = deleteLargeObject(session, "c", "plain");
    await expect(failure).rejects.toBeInstanceOf(BulkDeleteError);
    await expect(failure).rejects.toThrow("Not an SLO manifest");
  });
});

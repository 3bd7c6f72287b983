import { NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { ACCOUNT, calls, swiftCloud } from "../fixtures.js";
import { copyObject } from "../../src/objects/copy-object.js";
import { deleteObject } from "../../src/objects/delete-object.js";
import { objectHeaders } from "./fixtures.js";
import { deleteObjectMetadata, getObjectMetadata, setObjectMetadata } from "../../src/objects/object-metadata.js";

const { server, setup } = swiftCloud();

describe("object calls", () => {
  it("copies on the server with X-Copy-From, across containers, names encoded", async () => {
    const { session, seen } = setup();
    server.use(
      http.put(
        `${ACCOUNT}/*`,
        () => new HttpResponse(null, { status: 201, headers: { ETag: "ed076287532e86365e841e92bfc50d8c" } }),
      ),
    );
    const copied = await copyObject(
      session,
      { container: "src box", object: "a/ü?.txt" },
      { container: "dst", object: "b#1" },
      { metadata: { copied: "yes" }, freshMetadata: true },
    );
    expect(copied).toMatchObject({ container: "dst", name: "b#1", etag: "ed076287532e86365e841e92bfc50d8c" });
    expect(calls(seen)).toEqual(["PUT /v1/AUTH_p-admin/dst/b%231"]);
    const headers = seen[0]!.headers;
    expect(headers.get("x-copy-from")).toBe("/src%20box/a/%C3%BC%3F.txt");
    expect(headers.get("x-fresh-metadata")).toBe("true");
    expect(headers.get("x-object-meta-copied")).toBe("yes");
    expect(headers.get("content-type")).toBeNull();
    expect((await seen[0]!.arrayBuffer()).byteLength).toBe(0);
  });

  it("reads an object's metadata with HEAD", async () => {
    const { session, seen } = setup();
    server.use(http.head(`${ACCOUNT}/*`, () => new HttpResponse(null, { headers: objectHeaders })));
    const meta = await getObjectMetadata(session, "c", { name: "helloworld" });
    expect(meta).toMatchObject({
      name: "helloworld",
      contentLength: 12,
      etag: "ed076287532e86365e841e92bfc50d8c",
      deleteAt: 1893456000,
      metadata: { "orig-filename": "helloworld.txt" },
    });
    expect(calls(seen)).toEqual(["HEAD /v1/AUTH_p-admin/c/helloworld"]);
  });

  it("merges metadata changes into what is there, keeping type, disposition and expiry (POST replaces all)", async () => {
    const { session, seen } = setup();
    server.use(
      http.head(`${ACCOUNT}/*`, () => new HttpResponse(null, { headers: objectHeaders })),
      http.post(`${ACCOUNT}/*`, () => new HttpResponse(null, { status: 202 })),
    );
    await setObjectMetadata(session, "c", "helloworld", { metadata: { color: "blue" } });
    expect(calls(seen)).toEqual(["HEAD /v1/AUTH_p-admin/c/helloworld", "POST /v1/AUTH_p-admin/c/helloworld"]);
    const post = seen[1]!.headers;
    expect(post.get("x-object-meta-orig-filename")).toBe("helloworld.txt");
    expect(post.get("x-object-meta-color")).toBe("blue");
    expect(post.get("content-type")).toBe("text/plain; charset=UTF-8");
    expect(post.get("content-disposition")).toBe("attachment");
    expect(post.get("x-delete-at")).toBe("1893456000");

    await setObjectMetadata(session, "c", "helloworld", { deleteAt: null, contentType: "text/markdown" });
    expect(seen[3]!.headers.get("x-delete-at")).toBeNull();
    expect(seen[3]!.headers.get("content-type")).toBe("text/markdown");

    await deleteObjectMetadata(session, "c", "helloworld", ["Orig-Filename"]);
    expect(seen[5]!.headers.get("x-object-meta-orig-filename")).toBeNull();
    expect(seen[5]!.headers.get("x-delete-at")).toBe("1893456000");
    // Nothing to remove: no POST.
    await deleteObjectMetadata(session, "c", "helloworld", ["absent"]);
    expect(seen).toHaveLength(7);
  });

  it("deletes, ignoring an object already gone", async () => {
    const { session, seen } = setup();
    server.use(
      http.delete(`${ACCOUNT}/*`, ({ request }) =>
        request.url.endsWith("gone")
          ? new HttpResponse("Not Found", { status: 404 })
          : new HttpResponse(null, { status: 204 }),
      ),
    );
    await deleteObject(session, "c", "a b/c");
    await deleteObject(session, "c", "gone");
    await expect(deleteObject(session, "c", "gone", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    expect(calls(seen)[0]).toBe("DELETE /v1/AUTH_p-admin/c/a%20b/c");
  });
});

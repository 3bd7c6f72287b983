import { ConflictError, InvalidArgumentError, NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { ACCOUNT, calls, swiftCloud } from "../fixtures.js";
import { containers } from "../../src/containers/container.js";
import {
  createContainer,
  deleteContainer,
  deleteContainerMetadata,
  getContainerMetadata,
  setContainerMetadata,
} from "../../src/containers/container-calls.js";
import { containerHeaders, containerListing } from "./fixtures.js";

const { server, setup } = swiftCloud();

describe("containers", () => {
  it("lists as JSON, page after page by marker = the last name, filters kept on every page", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${ACCOUNT}/`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        if (marker === null) return HttpResponse.json([containerListing[0]]);
        if (marker === "janeausten") return HttpResponse.json([containerListing[1]]);
        return HttpResponse.json([]);
      }),
    );
    const listed = await facade.listContainers({ prefix: "" }, { limit: 1 });
    expect(listed.map((c) => c.name)).toEqual(["janeausten", "marktwain"]);
    expect(listed[1]).toMatchObject({ count: 1, bytes: 14 });
    expect(calls(seen)).toEqual([
      "GET /v1/AUTH_p-admin/?format=json&prefix=&limit=1",
      "GET /v1/AUTH_p-admin/?format=json&prefix=&limit=1&marker=janeausten",
      "GET /v1/AUTH_p-admin/?format=json&prefix=&limit=1&marker=marktwain",
    ]);
  });

  it("lists through the tree-shakable definition too, and refuses filters Swift does not have", async () => {
    const { session, facade } = setup();
    server.use(http.get(`${ACCOUNT}/`, () => HttpResponse.json([])));
    expect(await containers.list(session)).toEqual([]);
    // @ts-expect-error: not a filter of listContainers
    await expect(facade.listContainers({ name: "x" })).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it("creates with metadata, ACLs and CORS as headers, and says whether it was new", async () => {
    const { session, seen } = setup();
    server.use(
      http.put(
        `${ACCOUNT}/:container`,
        ({ params }) => new HttpResponse(null, { status: params["container"] === "old" ? 202 : 201 }),
      ),
    );
    const created = await createContainer(session, "my photos", {
      metadata: { owner: "jane", Place: "Zürich" },
      readAcl: ".r:*,.rlistings",
      writeAcl: "demo:demo",
      cors: { allowOrigin: ["https://a.example", "https://b.example"], maxAge: 600, exposeHeaders: ["etag"] },
      storagePolicy: "Policy-0",
    });
    expect(created).toBe(true);
    expect(await createContainer(session, { name: "old" })).toBe(false);
    expect(calls(seen)).toEqual(["PUT /v1/AUTH_p-admin/my%20photos", "PUT /v1/AUTH_p-admin/old"]);
    const headers = seen[0]!.headers;
    expect(headers.get("x-container-meta-owner")).toBe("jane");
    // Non-ASCII metadata goes out as its UTF-8 bytes.
    expect(
      new TextDecoder().decode(Uint8Array.from(headers.get("x-container-meta-place")!, (c) => c.charCodeAt(0))),
    ).toBe("Zürich");
    expect(headers.get("x-container-read")).toBe(".r:*,.rlistings");
    expect(headers.get("x-container-write")).toBe("demo:demo");
    expect(headers.get("x-container-meta-access-control-allow-origin")).toBe("https://a.example https://b.example");
    expect(headers.get("x-container-meta-access-control-max-age")).toBe("600");
    expect(headers.get("x-container-meta-access-control-expose-headers")).toBe("etag");
    expect(headers.get("x-storage-policy")).toBe("Policy-0");
    expect(headers.get("x-auth-token")).toMatch(/^fake-token/);
  });

  it("reads a container's headers: counts, ACLs, CORS, metadata, and never its temp URL key", async () => {
    const { session, seen } = setup();
    server.use(
      http.head(`${ACCOUNT}/:container`, () => new HttpResponse(null, { status: 204, headers: containerHeaders })),
    );
    const meta = await getContainerMetadata(session, "marktwain");
    expect(meta).toMatchObject({
      name: "marktwain",
      objectCount: 1,
      bytesUsed: 14,
      readAcl: ".r:*,.rlistings",
      writeAcl: "demo:demo",
      storagePolicy: "Policy-0",
      cors: {
        allowOrigin: ["https://a.example", "https://b.example"],
        maxAge: 600,
        exposeHeaders: ["etag", "x-object-meta-color"],
      },
      metadata: { book: "TomSawyer" },
    });
    expect(JSON.stringify(meta)).not.toContain("container-secret");
    expect(meta.headers["x-container-meta-temp-url-key"]).toBe("<redacted>");
    expect(calls(seen)).toEqual(["HEAD /v1/AUTH_p-admin/marktwain"]);
  });

  it("changes and removes metadata and ACLs with POST", async () => {
    const { session, seen } = setup();
    server.use(http.post(`${ACCOUNT}/:container`, () => new HttpResponse(null, { status: 204 })));
    await setContainerMetadata(session, "c", { metadata: { color: "red" }, readAcl: null, cors: { allowOrigin: "*" } });
    await deleteContainerMetadata(session, "c", ["color", "Book"]);
    await deleteContainerMetadata(session, "c", []);
    expect(calls(seen)).toEqual(["POST /v1/AUTH_p-admin/c", "POST /v1/AUTH_p-admin/c"]);
    expect(seen[0]!.headers.get("x-container-meta-color")).toBe("red");
    expect(seen[0]!.headers.get("x-remove-container-read")).toBe("x");
    expect(seen[0]!.headers.get("x-container-meta-access-control-allow-origin")).toBe("*");
    expect(seen[1]!.headers.get("x-remove-container-meta-color")).toBe("x");
    expect(seen[1]!.headers.get("x-remove-container-meta-book")).toBe("x");
  });

  it("checks names, keys and values before sending anything", async () => {
    const { session, seen } = setup();
    await expect(createContainer(session, "a/b")).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(createContainer(session, "..")).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(createContainer(session, "c", { metadata: { "bad key": "x" } })).rejects.toThrow(
      /not a valid header name/,
    );
    await expect(setContainerMetadata(session, "c", { metadata: { k: "line\nbreak" } })).rejects.toThrow(/line breaks/);
    await expect(createContainer(session, "c", { cors: { maxAge: -1 } })).rejects.toThrow(/maxAge/);
    expect(seen).toHaveLength(0);
  });

  it("deletes, ignoring a container already gone, and reports one that is not empty", async () => {
    const { session } = setup();
    server.use(
      http.delete(`${ACCOUNT}/:container`, ({ params }) => {
        if (params["container"] === "gone") return new HttpResponse("<html><h1>Not Found</h1></html>", { status: 404 });
        if (params["container"] === "full")
          return new HttpResponse(
            "<html><h1>Conflict</h1><p>There was a conflict when trying to complete your request.</p></html>",
            { status: 409 },
          );
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await deleteContainer(session, "empty");
    await deleteContainer(session, "gone");
    await expect(deleteContainer(session, "gone", { ignoreMissing: false })).rejects.toBeInstanceOf(NotFoundError);
    const full = deleteContainer(session, "full");
    await expect(full).rejects.toBeInstanceOf(ConflictError);
    await expect(full).rejects.toThrow(/conflict/);
  });
});

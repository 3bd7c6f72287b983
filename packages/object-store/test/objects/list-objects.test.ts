import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { ACCOUNT, calls, swiftCloud } from "../fixtures.js";
import { objectListing } from "./fixtures.js";
import { listObjects } from "../../src/objects/list-objects.js";
import { isObjectSubdir } from "../../src/objects/object.js";

const { server, setup } = swiftCloud();

describe("listObjects", () => {
  it("pages by marker = the last name, through pages that end on a pseudo-folder", async () => {
    const { session, seen } = setup();
    const pages: Record<string, unknown[]> = {
      "": [objectListing[0], { subdir: "photos/" }],
      "photos/": [{ subdir: "videos/" }, objectListing[1]],
      helloworld: [],
    };
    server.use(
      http.get(`${ACCOUNT}/:container`, ({ request }) =>
        HttpResponse.json(pages[new URL(request.url).searchParams.get("marker") ?? ""] ?? []),
      ),
    );
    const entries = await listObjects(session, "my docs", { delimiter: "/", prefix: "" }, { limit: 2 });
    expect(entries.map((e) => (isObjectSubdir(e) ? `dir:${e.subdir}` : e.name))).toEqual([
      "goodbye",
      "dir:photos/",
      "dir:videos/",
      "helloworld",
    ]);
    expect(entries[0]).toMatchObject({
      bytes: 14,
      hash: "451e372e48e0f6b1114fa0724aa79fa1",
      content_type: "application/octet-stream",
    });
    expect(calls(seen)).toEqual([
      "GET /v1/AUTH_p-admin/my%20docs?format=json&delimiter=%2F&prefix=&limit=2",
      "GET /v1/AUTH_p-admin/my%20docs?format=json&delimiter=%2F&prefix=&limit=2&marker=photos%2F",
      "GET /v1/AUTH_p-admin/my%20docs?format=json&delimiter=%2F&prefix=&limit=2&marker=helloworld",
    ]);
  });

  it("is lazy, stops at maxItems, and reads an empty container's 204 as no objects", async () => {
    const { session, seen } = setup();
    server.use(
      http.get(`${ACCOUNT}/full`, () => HttpResponse.json(objectListing)),
      http.get(`${ACCOUNT}/empty`, () => new HttpResponse(null, { status: 204 })),
    );
    const listing = listObjects(session, "full", {}, { maxItems: 1 });
    expect(seen).toHaveLength(0);
    expect((await listing).map((o) => (isObjectSubdir(o) ? "" : o.name))).toEqual(["goodbye"]);
    expect(await listObjects(session, "empty")).toEqual([]);
  });

  it("refuses unknown filters and bad container names at once", () => {
    const { session } = setup();
    // @ts-expect-error: not a filter of listObjects
    expect(() => listObjects(session, "c", { name: "x" })).toThrow(InvalidArgumentError);
    expect(() => listObjects(session, "a/b")).toThrow(InvalidArgumentError);
  });

  it("keeps a listing entry that is neither an object nor a pseudo-folder, and reports it", async () => {
    const warnings: string[] = [];
    const { session } = setup({ session: { logger: { warn: (message: string) => warnings.push(message) } } });
    server.use(http.get(`${ACCOUNT}/c`, () => HttpResponse.json([{ nom: "x" }])));
    const heard: string[] = [];
    expect(await listObjects(session, "c", {}, { onInvalidItem: (error) => heard.push(error.field) })).toEqual([
      { nom: "x" },
    ]);
    expect(heard).toEqual(["body.0"]);
    expect(warnings).toEqual([
      expect.stringMatching(/^listObjects kept an item .*Unexpected response from .*\/c\?format=json/),
    ]);
  });

  it("takes limit in the query, as every list does, and refuses one that disagrees with the option", async () => {
    const { session, seen } = setup();
    server.use(http.get(`${ACCOUNT}/c`, () => HttpResponse.json([])));
    await listObjects(session, "c", { limit: 5, marker: "a" });
    expect(calls(seen)).toEqual(["GET /v1/AUTH_p-admin/c?format=json&marker=a&limit=5"]);
    await expect(listObjects(session, "c", { limit: 5 }, { limit: 6 })).rejects.toThrow(InvalidArgumentError);
  });
});

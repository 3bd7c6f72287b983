import { MicroversionError, NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, computeCloud, microversionOf, novaError, noContent, sent } from "../fixtures.js";
import { SERVER_ID } from "./fixtures.js";

const { server, setup } = computeCloud();
const BASE = `/v2.1/servers/${SERVER_ID}`;

describe("server metadata", () => {
  it("gets, merges, replaces and handles single items", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/servers/:id/metadata`, () => HttpResponse.json({ metadata: { foo: "Foo Value" } })),
      http.post(`${API}/servers/:id/metadata`, () => HttpResponse.json({ metadata: { foo: "Foo Value", bar: "b" } })),
      http.put(`${API}/servers/:id/metadata`, () => HttpResponse.json({ metadata: { bar: "b" } })),
      http.get(`${API}/servers/:id/metadata/:key`, ({ params }) =>
        params["key"] === "foo"
          ? HttpResponse.json({ meta: { foo: "Foo Value" } })
          : novaError(404, "Metadata item was not found"),
      ),
      http.put(`${API}/servers/:id/metadata/:key`, () => HttpResponse.json({ meta: { "my key": "v" } })),
      http.delete(`${API}/servers/:id/metadata/:key`, () => noContent()),
    );
    expect(await facade.getServerMetadata({ server: SERVER_ID })).toEqual({ metadata: { foo: "Foo Value" } });
    expect(await facade.setServerMetadata({ server: SERVER_ID, metadata: { bar: "b" } })).toEqual({
      metadata: { foo: "Foo Value", bar: "b" },
    });
    await facade.replaceServerMetadata({ server: SERVER_ID, metadata: { bar: "b" } });
    expect(await facade.getServerMetadataItem({ server: SERVER_ID, key: "foo" })).toEqual({
      meta: { foo: "Foo Value" },
    });
    await expect(facade.getServerMetadataItem({ server: SERVER_ID, key: "nope" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await facade.setServerMetadataItem({ server: SERVER_ID, key: "my key", value: "v" });
    await facade.deleteServerMetadataItem({ server: SERVER_ID, key: "my key" });
    expect(seen.map(sent)).toEqual([
      `GET ${BASE}/metadata`,
      `POST ${BASE}/metadata`,
      `PUT ${BASE}/metadata`,
      `GET ${BASE}/metadata/foo`,
      `GET ${BASE}/metadata/nope`,
      `PUT ${BASE}/metadata/my%20key`,
      `DELETE ${BASE}/metadata/my%20key`,
    ]);
    expect(await seen[1]!.json()).toEqual({ metadata: { bar: "b" } });
    expect(await seen[5]!.json()).toEqual({ meta: { "my key": "v" } });
  });
});

describe("server tags", () => {
  it("lists, replaces, adds, checks and removes tags at 2.26", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/servers/:id/tags`, () => HttpResponse.json({ tags: ["tag1", "tag2"] })),
      http.put(`${API}/servers/:id/tags`, async ({ request }) => HttpResponse.json(await request.json())),
      http.put(`${API}/servers/:id/tags/:tag`, () => new HttpResponse(null, { status: 201 })),
      http.get(`${API}/servers/:id/tags/:tag`, ({ params }) =>
        params["tag"] === "tag1" ? noContent() : novaError(404, "tag not found"),
      ),
      http.delete(`${API}/servers/:id/tags/:tag`, () => noContent()),
      http.delete(`${API}/servers/:id/tags`, () => noContent()),
    );
    expect(await facade.listServerTags({ server: SERVER_ID })).toEqual({ tags: ["tag1", "tag2"] });
    expect(await facade.replaceServerTags({ server: SERVER_ID, tags: ["a", "b"] })).toEqual({ tags: ["a", "b"] });
    await facade.addServerTag({ server: SERVER_ID, tag: "tag3" });
    expect(await facade.checkServerTag({ server: SERVER_ID, tag: "tag1" })).toBe(true);
    expect(await facade.checkServerTag({ server: SERVER_ID, tag: "other" })).toBe(false);
    await facade.removeServerTag({ server: SERVER_ID, tag: "tag3" });
    await facade.removeAllServerTags({ server: SERVER_ID });
    expect(seen.map(sent)).toEqual([
      `GET ${BASE}/tags`,
      `PUT ${BASE}/tags`,
      `PUT ${BASE}/tags/tag3`,
      `GET ${BASE}/tags/tag1`,
      `GET ${BASE}/tags/other`,
      `DELETE ${BASE}/tags/tag3`,
      `DELETE ${BASE}/tags`,
    ]);
    expect(seen.every((r) => microversionOf(r) === "2.26")).toBe(true);
  });

  it("raises MicroversionError on a Nova older than 2.26", async () => {
    const { facade, seen } = setup({ maxMicroversion: "2.25" });
    await expect(facade.listServerTags({ server: SERVER_ID })).rejects.toBeInstanceOf(MicroversionError);
    expect(seen).toHaveLength(0);
  });
});

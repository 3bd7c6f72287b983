import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { runAction } from "../../src/resource/action.js";
import { defineResource } from "../../src/resource/define-resource.js";
import { ROOT, service, shapesCloud } from "./shapes-cloud.js";

// APIs that do not follow Nova/Neutron's shape: bodies without envelopes and JSON-patch
// updates (Glance, Placement), and actions with headers, raw bodies and raw responses.
const { server, cloud } = shapesCloud();

const pictures = defineResource({
  service,
  path: "pictures",
  singular: "Picture",
  plural: "Pictures",
  pluralKey: "pictures",
  schema: v.looseObject({
    id: v.string(),
    name: v.string(),
    tags: v.optional(v.array(v.string())),
    rating: v.optional(v.number()),
  }),
  verbs: ["get", "create", "update"],
  readOnly: ["id"],
  jsonPatch: "application/openstack-images-v2.1-json-patch",
  actions: {
    uploadPicture: {
      method: "PUT",
      path: "pictures/{picture}/file",
      rawBody: (a: { data: BodyInit }) => a.data,
      contentType: "application/octet-stream",
    },
    downloadPicture: { method: "GET", path: "pictures/{picture}/file", returns: "response" },
    tagPicture: {
      method: "PUT",
      path: "pictures/{picture}/tags",
      headers: (a: { tag: string }) => ({ "X-Tag": a.tag }),
      returns: "json",
    },
  },
});

const picture = { id: "p1", name: "cat", tags: ["a"] };

describe("resources without envelopes", () => {
  it("sends and reads the item itself on create and get", async () => {
    const { session, seen } = cloud();
    server.use(
      http.post(`${ROOT}/pictures`, async ({ request }) =>
        HttpResponse.json({ id: "p1", ...((await request.json()) as object) }, { status: 201 }),
      ),
      http.get(`${ROOT}/pictures/p1`, () => HttpResponse.json(picture)),
    );
    expect(await pictures.create(session, { name: "cat" })).toEqual({ id: "p1", name: "cat" });
    expect(await seen[0]!.json()).toEqual({ name: "cat" });
    expect(await pictures.get(session, "p1")).toEqual(picture);
  });
});

describe("JSON-patch updates", () => {
  it("sets with add, and removes only what the item has now, read fresh, with the patch media type", async () => {
    const { session, seen } = cloud();
    server.use(
      http.get(`${ROOT}/pictures/p1`, () => HttpResponse.json(picture)),
      http.patch(`${ROOT}/pictures/p1`, () => HttpResponse.json({ id: "p1", name: "dog", rating: 5 })),
    );
    const updated = await pictures.update(session, "p1", { name: "dog", rating: 5, tags: null } as never);
    expect(updated).toEqual({ id: "p1", name: "dog", rating: 5 });
    const patch = seen.find((r) => r.method === "PATCH")!;
    expect(patch.headers.get("content-type")).toBe("application/openstack-images-v2.1-json-patch");
    expect(await patch.json()).toEqual([
      { op: "add", path: "/name", value: "dog" },
      { op: "add", path: "/rating", value: 5 },
      { op: "remove", path: "/tags" },
    ]);
    expect(seen.map((r) => r.method)).toEqual(["GET", "PATCH"]);
  });

  it("reads nothing first when it only sets fields, and nulls a field the schema always has with replace", async () => {
    const { session, seen } = cloud();
    server.use(http.patch(`${ROOT}/pictures/p1`, () => HttpResponse.json({ ...picture, name: "owl" })));
    await pictures.update(session, picture, { name: "owl" });
    await pictures.update(session, "p1", { name: null } as never);
    expect(seen.map((r) => r.method)).toEqual(["PATCH", "PATCH"]);
    expect(await seen[1]!.json()).toEqual([{ op: "replace", path: "/name", value: null }]);
  });

  it("sends no remove for a field the item no longer has", async () => {
    const { session, seen } = cloud();
    server.use(
      http.get(`${ROOT}/pictures/p1`, () => HttpResponse.json({ id: "p1", name: "cat" })),
      http.patch(`${ROOT}/pictures/p1`, () => HttpResponse.json({ id: "p1", name: "cat" })),
    );
    await pictures.update(session, picture, { tags: null } as never);
    expect(await seen.find((r) => r.method === "PATCH")!.json()).toEqual([]);
  });
});

describe("actions", () => {
  it("sends a raw body with its content type, returns a raw response, and builds headers from arguments", async () => {
    const { session, seen } = cloud();
    server.use(
      http.put(`${ROOT}/pictures/p1/file`, async ({ request }) =>
        HttpResponse.text(`got ${(await request.arrayBuffer()).byteLength}`, { status: 204 }),
      ),
      http.get(
        `${ROOT}/pictures/p1/file`,
        () => new HttpResponse(new Uint8Array([1, 2, 3]), { headers: { "Content-Type": "application/octet-stream" } }),
      ),
      http.put(`${ROOT}/pictures/p1/tags`, ({ request }) => HttpResponse.json({ tag: request.headers.get("x-tag") })),
    );
    const actions = pictures.actions;
    await runAction(service, "uploadPicture", actions.uploadPicture, session, {
      picture: "p1",
      data: new Uint8Array(10),
    });
    expect(seen[0]!.headers.get("content-type")).toBe("application/octet-stream");
    const response = (await runAction(service, "downloadPicture", actions.downloadPicture, session, {
      picture: picture,
    })) as Response;
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
    expect(await runAction(service, "tagPicture", actions.tagPicture, session, { picture: "p1", tag: "x" })).toEqual({
      tag: "x",
    });
  });
});

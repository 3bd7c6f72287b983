import { http, HttpResponse } from "msw";
import { mockServer, testCloud } from "../support/server.js";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { runAction } from "../../src/resource/action.js";
import { defineResource } from "../../src/resource/define-resource.js";

// APIs that do not follow Nova/Neutron's shape: bodies without envelopes and JSON-patch
// updates (Glance, Placement), and actions with headers, raw bodies and raw responses.
const ROOT = "http://picture.test:9292";
const server = mockServer();
const service = { type: "picture", discovery: false } as const;

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

function cloud() {
  const { session, seen } = testCloud(server, { services: { picture: { url: ROOT } }, watch: ROOT });
  return { session, seen };
}

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

const keys = defineResource({
  service,
  path: "keys",
  listPath: "keys/detail",
  singular: "Key",
  plural: "Keys",
  key: "key",
  pluralKey: "keys",
  listItemKey: "key",
  idField: "name",
  schema: v.looseObject({ name: v.string(), size: v.number() }),
  verbs: ["list", "get", "find", "delete"],
  query: ["name"],
});

const shelves = defineResource({
  service,
  path: "shelves",
  singular: "Shelf",
  plural: "Shelves",
  schema: v.looseObject({ name: v.string(), count: v.number() }),
  verbs: ["list"],
  pagination: "marker",
  markerField: "name",
  idField: "name",
});

describe("other list shapes", () => {
  it("lists from a detail path, unwraps each item's own envelope, and names items by `name`", async () => {
    const { session, seen } = cloud();
    server.use(
      http.get(`${ROOT}/keys/detail`, () =>
        HttpResponse.json({ keys: [{ key: { name: "k1", size: 1 } }, { key: { name: "k2", size: 2 } }] }),
      ),
      http.get(`${ROOT}/keys/:name`, ({ params }) =>
        params["name"] === "k2"
          ? HttpResponse.json({ key: { name: "k2", size: 2 } })
          : new HttpResponse(null, { status: 404 }),
      ),
      http.delete(`${ROOT}/keys/:name`, () => new HttpResponse(null, { status: 204 })),
    );
    expect(await keys.list(session)).toEqual([
      { name: "k1", size: 1 },
      { name: "k2", size: 2 },
    ]);
    expect((await keys.find(session, "k2"))?.size).toBe(2);
    await keys.delete(session, { name: "k1", size: 1 });
    expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      "GET /keys/detail",
      "GET /keys/k2",
      "DELETE /keys/k1",
    ]);
  });

  it("pages a bare JSON array by the last item's name (Swift's style)", async () => {
    const { session } = cloud();
    server.use(
      http.get(`${ROOT}/shelves`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        const all = ["a", "b", "c"].map((name) => ({ name, count: 1 }));
        return HttpResponse.json(marker === null ? all.slice(0, 2) : all.filter((s) => s.name > marker));
      }),
    );
    expect((await shelves.list(session)).map((s) => s.name)).toEqual(["a", "b", "c"]);
  });
});

describe("actions answering data", () => {
  const counters = defineResource({
    service: { type: "counter", version: "1", microversion: { name: "counter" } },
    path: "counters",
    singular: "Counter",
    plural: "Counters",
    key: "counter",
    schema: v.looseObject({ uuid: v.string() }),
    verbs: ["get"],
    idField: "uuid",
    actions: {
      getCounterTotals: {
        method: "GET",
        path: "counters/{counter}/totals",
        query: (a: { since?: string; unit?: string }) => ({ since: a.since, unit: a.unit }),
        returns: "json",
        schema: v.looseObject({ totals: v.record(v.string(), v.number()) }),
        maxMicroversion: "1.9",
      },
    },
  });

  it("builds the query from its arguments, names a parent by uuid, sends min(max, server) and checks the answer", async () => {
    const root = "http://counter.test:7000";
    const document = {
      versions: [
        { id: "v1.0", status: "CURRENT", min_version: "1.0", max_version: "1.5", links: [{ rel: "self", href: "" }] },
      ],
    };
    const { session, seen } = testCloud(server, {
      services: { counter: { url: root, document } },
      watch: `${root}/counters`,
    });
    server.use(
      http.get(`${root}/counters/c-1/totals`, () => HttpResponse.json({ totals: { VCPU: 2 } })),
      http.get(`${root}/counters/c-2/totals`, () => HttpResponse.json({ totals: { VCPU: "two" } })),
    );
    const action = counters.actions.getCounterTotals;
    const totals = await runAction(counters.service, "getCounterTotals", action, session, {
      counter: { uuid: "c-1" },
      since: "2024",
      unit: undefined,
    });
    expect(totals).toEqual({ totals: { VCPU: 2 } });
    expect(new URL(seen[0]!.url).search).toBe("?since=2024");
    expect(seen[0]!.headers.get("openstack-api-version")).toBe("counter 1.5");
    await expect(runAction(counters.service, "getCounterTotals", action, session, { counter: "c-2" })).rejects.toThrow(
      /totals\.VCPU/,
    );
  });
});

describe("more shapes", () => {
  const notes = defineResource({
    service,
    path: "notes",
    singular: "Note",
    plural: "Notes",
    schema: v.looseObject({ name: v.optional(v.string()), subdir: v.optional(v.string()) }),
    verbs: ["list"],
    pagination: "marker",
    markerField: ["name", "subdir"],
    listQuery: { format: "json" },
    actions: {
      readNoteConfig: {
        method: "GET",
        path: "notes/config",
        returns: "json",
        resultKey: "config",
        schema: v.looseObject({ level: v.number() }),
      },
      resetNotes: { method: "POST", path: "notes/reset", anonymous: true },
    },
  });

  it("carries fixed list parameters and pages by the first marker field an item has", async () => {
    const { session, seen } = cloud();
    server.use(
      http.get(`${ROOT}/notes`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get("marker");
        if (marker === null) return HttpResponse.json([{ name: "a" }, { subdir: "b/" }]);
        return HttpResponse.json(marker === "b/" ? [{ name: "c" }] : []);
      }),
    );
    expect(await notes.list(session)).toEqual([{ name: "a" }, { subdir: "b/" }, { name: "c" }]);
    expect(new URL(seen[0]!.url).search).toBe("?format=json");
    expect(new URL(seen[1]!.url).searchParams.get("marker")).toBe("b/");
  });

  it("takes an answer out of its envelope, and sends an anonymous action without a token", async () => {
    const { session, seen } = cloud();
    server.use(
      http.get(`${ROOT}/notes/config`, () => HttpResponse.json({ config: { level: 3 } })),
      http.post(`${ROOT}/notes/reset`, () => new HttpResponse(null, { status: 204 })),
    );
    expect(await runAction(service, "readNoteConfig", notes.actions.readNoteConfig, session)).toEqual({ level: 3 });
    await runAction(service, "resetNotes", notes.actions.resetNotes, session);
    expect(seen[0]!.headers.get("x-auth-token")).not.toBeNull();
    expect(seen[1]!.headers.get("x-auth-token")).toBeNull();
  });
});

describe("a PUT action that is not idempotent", () => {
  it("is sent once, not retried on a 503, where an idempotent PUT is retried", async () => {
    const attach = defineResource({
      service,
      path: "racks",
      singular: "Rack",
      plural: "Racks",
      schema: v.looseObject({ id: v.string() }),
      verbs: ["get"],
      actions: {
        plugRack: { method: "PUT", path: "racks/{rack}/plug", idempotent: false },
        labelRack: { method: "PUT", path: "racks/{rack}/label" },
      },
    });
    const { session, seen } = testCloud(server, {
      services: { picture: { url: ROOT } },
      watch: `${ROOT}/racks`,
      session: { retries: { limit: 2, baseDelay: 1 } },
    });
    server.use(http.put(`${ROOT}/racks/r1/:what`, () => new HttpResponse("busy", { status: 503 })));
    await expect(runAction(service, "plugRack", attach.actions.plugRack, session, { rack: "r1" })).rejects.toThrow(
      /503/,
    );
    expect(seen).toHaveLength(1);
    await expect(runAction(service, "labelRack", attach.actions.labelRack, session, { rack: "r1" })).rejects.toThrow(
      /503/,
    );
    expect(seen).toHaveLength(4);
  });
});

import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { runAction } from "../../src/resource/action.js";
import { defineResource } from "../../src/resource/define-resource.js";
import { testCloud } from "../support/server.js";
import { ROOT, service, shapesCloud } from "./shapes-cloud.js";

// More shapes beside Nova/Neutron's: lists from a detail path with an envelope per item,
// marker paging by name, actions that answer data, and PUT actions that must not be resent.
const { server, cloud } = shapesCloud();

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

import { fakeKeystone, sessionFor } from "../support/keystone.js";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it, vi } from "vitest";
import { ResponseValidationError } from "../../src/errors/response-validation-error.js";
import { defineResource } from "../../src/resource/define-resource.js";
import { isPartial } from "../../src/resource/partial.js";
import { mockServer } from "../support/server.js";

// What a list does with its items: one that fails its schema is kept and reported, never
// fails the list (unless the caller's onInvalidItem throws); a resource's declared partial
// shape is accepted and marked, by list and get alike.
const ROOT = "http://gizmo.test:8200";
const server = mockServer();

const shape = {
  service: { type: "gizmo", discovery: false },
  path: "gizmos",
  singular: "Gizmo",
  plural: "Gizmos",
  key: "gizmo",
  pluralKey: "gizmos",
  schema: v.looseObject({ id: v.string(), name: v.string(), size: v.number() }),
} as const;
const gizmos = defineResource({ ...shape, verbs: ["list", "get"] });
// A gizmo in an unreachable place: only its id and UNKNOWN.
const partialGizmos = defineResource({
  ...shape,
  verbs: ["list", "get"],
  partial: v.looseObject({ id: v.string(), status: v.literal("UNKNOWN") }),
});
const wrappedGizmos = defineResource({ ...shape, verbs: ["list"], listItemKey: "gizmo" });

const g1 = { id: "g1", name: "one", size: 1 };
const g3 = { id: "g3", name: "three", size: 3 };

/** A cloud answering each page URL (path and query) with its canned body; `warnings` is what the session logged. */
function cloud(pages: Record<string, object>, items: Record<string, object> = {}) {
  const keystone = fakeKeystone({ services: { gizmo: { url: ROOT } } });
  const asked: string[] = [];
  const warnings: string[] = [];
  server.use(
    ...keystone.handlers,
    http.get(`${ROOT}/gizmos/:id`, ({ params }) => HttpResponse.json({ gizmo: items[params["id"] as string] })),
    http.get(`${ROOT}/gizmos`, ({ request }) => {
      const url = new URL(request.url);
      const at = `${url.pathname}${url.search}`;
      asked.push(at);
      return at in pages ? HttpResponse.json(pages[at]) : HttpResponse.json({ error: at }, { status: 500 });
    }),
  );
  const session = sessionFor(keystone, { logger: { warn: (message: string) => warnings.push(message) } });
  return { session, asked, warnings };
}

describe("an item that fails its schema", () => {
  const bad = { id: "g2", name: 42, size: 2, colour: "red" };

  it("is returned as the server sent it, between the others, and logged with its index, field and URL", async () => {
    const { session, warnings } = cloud({ "/gizmos": { gizmos: [g1, bad, g3] } });
    const all = await gizmos.list(session);
    expect(all).toEqual([g1, bad, g3]);
    expect(all[1]).toBe(all[1]); // the same object every time: nothing copied, nothing dropped
    expect(warnings).toEqual([
      `listGizmos kept an item that does not match its schema: Unexpected response from ${ROOT}/gizmos: gizmos.1.name is 42, expected string`,
    ]);
  });

  it("is heard by onInvalidItem, with the error (index, field, URL) and the item", async () => {
    const { session } = cloud({ "/gizmos": { gizmos: [g1, bad, g3] } });
    const heard: [ResponseValidationError, unknown][] = [];
    const all = await gizmos.list(session, {}, { onInvalidItem: (error, raw) => heard.push([error, raw]) });
    expect(all).toHaveLength(3);
    expect(heard).toHaveLength(1);
    const [error, raw] = heard[0]!;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ field: "gizmos.1.name", url: `${ROOT}/gizmos` });
    expect(raw).toEqual(bad);
  });

  it("names its index in its own page and that page's URL", async () => {
    const { session } = cloud({
      "/gizmos?limit=2": { gizmos: [g1, { id: "g2", name: "two", size: 2 }] },
      "/gizmos?limit=2&marker=g2": { gizmos: [g3, { id: "g4", name: "four", size: "4" }] },
      "/gizmos?limit=2&marker=g4": { gizmos: [] },
    });
    const onInvalidItem = vi.fn();
    expect(await gizmos.list(session, {}, { limit: 2, onInvalidItem })).toHaveLength(4);
    expect(onInvalidItem).toHaveBeenCalledOnce();
    expect(onInvalidItem.mock.calls[0]![0]).toMatchObject({
      field: "gizmos.1.size",
      url: `${ROOT}/gizmos?limit=2&marker=g2`,
      message: expect.stringContaining('gizmos.1.size is "4", expected number'),
    });
  });

  it("ends the walk with the error onInvalidItem throws: a strict list asks for no further page", async () => {
    const { session, asked } = cloud({
      "/gizmos?limit=2": { gizmos: [g1, bad] },
      "/gizmos?limit=2&marker=g2": { gizmos: [g3] },
    });
    const strict = (error: ResponseValidationError) => {
      throw error;
    };
    const attempt = gizmos.list(session, {}, { limit: 2, onInvalidItem: strict });
    await expect(attempt).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(attempt).rejects.toMatchObject({ field: "gizmos.1.name" });
    expect(asked).toEqual(["/gizmos?limit=2"]);
  });

  it("without its item envelope is kept too, and named by it", async () => {
    const { session } = cloud({ "/gizmos": { gizmos: [{ gizmo: g1 }, g3, { gizmo: bad }] } });
    const heard: string[] = [];
    const all = await wrappedGizmos.list(session, {}, { onInvalidItem: (error) => heard.push(error.field) });
    expect(all).toEqual([g1, g3, bad]);
    expect(heard).toEqual(["gizmos.1.gizmo", "gizmos.2.gizmo.name"]);
  });

  it("still fails a get, which asked for that one item", async () => {
    const { session } = cloud({}, { g2: bad });
    await expect(gizmos.get(session, "g2")).rejects.toMatchObject({ field: "gizmo.name" });
  });

  it("does not excuse a page that is not a list", async () => {
    const { session } = cloud({ "/gizmos": { gizmos: { g1 } } });
    await expect(gizmos.list(session)).rejects.toMatchObject({ field: "gizmos", message: /is not a list/ });
  });
});

describe("a resource's partial records", () => {
  const down = { id: "g5", status: "UNKNOWN", links: [] };

  it("come back from a list as sent, marked partial; full items are not", async () => {
    const { session, warnings } = cloud({ "/gizmos": { gizmos: [g1, down, g3] } });
    const all = await partialGizmos.list(session);
    expect(all).toEqual([g1, down, g3]);
    expect(all.map(isPartial)).toEqual([false, true, false]);
    expect(warnings).toEqual([]);
  });

  it("come back from a get, marked partial", async () => {
    const { session } = cloud({}, { g5: down, g1 });
    const one = await partialGizmos.get(session, "g5");
    expect(one).toEqual(down);
    expect(isPartial(one)).toBe(true);
    expect(isPartial(await partialGizmos.get(session, "g1"))).toBe(false);
  });

  it("are not accepted where none is declared, and an item of neither shape is reported against the full one", async () => {
    const { session } = cloud({ "/gizmos": { gizmos: [down, { id: "g6", status: "ACTIVE" }] } });
    const heard: string[] = [];
    await gizmos.list(session, {}, { onInvalidItem: (error) => heard.push(error.field) });
    await partialGizmos.list(session, {}, { onInvalidItem: (error) => heard.push(error.field) });
    expect(heard).toEqual(["gizmos.0.name", "gizmos.1.name", "gizmos.1.name"]);
  });

  it("is nothing a copy or a non-object can claim", () => {
    expect([null, undefined, "g5", 5, {}].map(isPartial)).toEqual([false, false, false, false, false]);
  });
});

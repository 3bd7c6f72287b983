import { fakeKeystone, sessionFor } from "../support/keystone.js";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../src/errors/sdk-errors.js";
import { ServiceClient } from "../../src/service/service-client.js";
import { clientFor, splitParents } from "../../src/resource/client-for.js";
import { defineResource } from "../../src/resource/define-resource.js";
import { mockServer } from "../support/server.js";

const ROOT = "http://widget.test:8000";
const API = `${ROOT}/v1`;
const server = mockServer();

// Microversioned, so a call would authenticate and discover before its own request.
const service = { type: "widget", version: "1", microversion: { name: "widget" } } as const;
const schema = v.looseObject({ id: v.string(), name: v.string(), widget_id: v.optional(v.string()) });
const common = { service, schema, verbs: ["list", "get", "update", "delete"], readOnly: ["id"] } as const;
const widgets = defineResource({
  ...common,
  path: "widgets",
  singular: "Widget",
  plural: "Widgets",
  key: "widget",
  pluralKey: "widgets",
});
const parts = defineResource({
  ...common,
  path: "widgets/{widget_id}/parts",
  singular: "Part",
  plural: "Parts",
  key: "part",
  pluralKey: "parts",
});

/** A cloud serving widget parts; `requests` holds every request sent, Keystone's included. */
function cloud() {
  const document = {
    versions: [
      {
        id: "v1.0",
        status: "CURRENT",
        min_version: "1.0",
        max_version: "1.2",
        links: [{ rel: "self", href: `${API}/` }],
      },
    ],
  };
  const keystone = fakeKeystone({ services: { widget: { url: ROOT, document } } });
  const requests: string[] = [];
  server.events.on("request:start", ({ request }) => void requests.push(`${request.method} ${request.url}`));
  server.use(
    ...keystone.handlers,
    http.get(`${API}/widgets/:w/parts/:p`, ({ params }) =>
      HttpResponse.json({ part: { id: params["p"], name: "p", widget_id: params["w"] } }),
    ),
    http.get(`${API}/widgets/:w/parts`, () => HttpResponse.json({ parts: [{ id: "p1", name: "one" }] })),
  );
  return { session: sessionFor(keystone), requests };
}

describe("splitParents", () => {
  it("takes the path's parent ids out of the arguments", () => {
    expect(splitParents(parts, { widget_id: "w1", name: "x" })).toEqual({
      parents: { widget_id: "w1" },
      rest: { name: "x" },
    });
  });

  it("reads a parent id from the referenced resource itself", () => {
    expect(splitParents(parts, {}, { id: "p1", widget_id: "w9" }).parents).toEqual({ widget_id: "w9" });
  });

  it("names the missing parent and the path", () => {
    expect(() => splitParents(parts, { name: "x" })).toThrow(InvalidArgumentError);
    expect(() => splitParents(parts, { name: "x" })).toThrow(
      "Parts live under widgets/{widget_id}/parts: 'widget_id' is needed",
    );
  });
});

describe("parent ids and item ids are checked before any request", () => {
  it("lists and gets under the parent", async () => {
    const { session, requests } = cloud();
    expect((await parts.list(session, { widget_id: "w1" })).map((p) => p.id)).toEqual(["p1"]);
    const fetched = { id: "p2", widget_id: "w1" };
    expect(await parts.get(session, fetched)).toEqual({ id: "p2", name: "p", widget_id: "w1" });
    expect(await parts.get(session, "p3", { widget_id: "w2" })).toMatchObject({ widget_id: "w2" });
    expect(requests.filter((r) => r.includes("/parts"))).toEqual([
      `GET ${API}/widgets/w1/parts`,
      `GET ${API}/widgets/w1/parts/p2`,
      `GET ${API}/widgets/w2/parts/p3`,
    ]);
  });

  it("refuses a call without its parent id", async () => {
    const { session, requests } = cloud();
    await expect(parts.list(session, {} as never).then()).rejects.toThrow("'widget_id' is needed");
    await expect(parts.get(session, "p1")).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(parts.delete(session, "p1")).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(requests).toEqual([]);
  });

  it.each([["a/b"], ["."], [".."], [""]])("refuses the id %j for get, update and delete", async (id) => {
    const { session, requests } = cloud();
    await expect(widgets.get(session, id)).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(widgets.update(session, id, { name: "x" })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(widgets.delete(session, id)).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(parts.get(session, "p1", { widget_id: id })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(requests).toEqual([]);
  });
});

describe("clientFor", () => {
  it("shares one client per service per session", () => {
    const session = sessionFor(fakeKeystone());
    const client = clientFor(session, service);
    expect(clientFor(session, service)).toBe(client);
    expect(client).toBeInstanceOf(ServiceClient);
    expect(clientFor(client, service)).toBe(client);
    expect(clientFor(sessionFor(fakeKeystone()), service)).not.toBe(client);
  });

  it("refuses a first argument that is neither a session nor a client", () => {
    expect(() => clientFor({} as never, service)).toThrow(InvalidArgumentError);
  });
});

import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { ResponseValidationError } from "../../src/errors/response-validation-error.js";
import { InvalidArgumentError } from "../../src/errors/sdk-errors.js";
import { runAction } from "../../src/resource/action.js";
import { defineResource } from "../../src/resource/define-resource.js";
import { mockServer, testCloud } from "../support/server.js";

// What a call on one item does with its options: the GET's documented query parameters
// (`getQuery`) are checked and sent; any other option is refused by name before any request.
const ROOT = "http://widget.test:8000";
const API = `${ROOT}/v1`;
const server = mockServer();
const service = { type: "widget", version: "1" } as const;

const widgets = defineResource({
  service,
  path: "racks/{rack}/widgets",
  singular: "Widget",
  plural: "Widgets",
  key: "widget",
  pluralKey: "widgets",
  schema: v.looseObject({ id: v.string(), name: v.string(), status: v.optional(v.string()) }),
  verbs: ["list", "get", "find", "update", "delete", "waitFor"],
  query: ["name"],
  filters: { sort_key: v.string() },
  getQuery: { with_servers: v.boolean(), fields: v.string(), include_names: v.boolean() },
  flags: ["include_names"],
});

/** A cloud answering any GET of a widget with that widget; `seen` holds each widget request as `METHOD path?query`. */
function cloud() {
  const document = { versions: [{ id: "v1.0", status: "CURRENT", links: [{ rel: "self", href: `${API}/` }] }] };
  const { session, seen } = testCloud(server, { services: { widget: { url: ROOT, document } }, watch: `${API}/` });
  const widget = (id: unknown) => ({ widget: { id: String(id), name: `w-${id}`, status: "ACTIVE" } });
  server.use(
    http.get(`${API}/racks/:rack/widgets/:id`, ({ params, request }) => {
      // Neutron's field selection: only the fields asked for.
      const fields = new URL(request.url).searchParams.getAll("fields");
      const whole = widget(params["id"]).widget;
      if (fields.length === 0) return HttpResponse.json({ widget: whole });
      return HttpResponse.json({
        widget: Object.fromEntries(Object.entries(whole).filter(([k]) => fields.includes(k))),
      });
    }),
    http.get(`${API}/racks/:rack/widgets`, () => HttpResponse.json({ widgets: [] })),
    http.get(`${API}/aggregates`, () => HttpResponse.json({ widgets: [] })),
    http.get(`${API}/aggregates/:id`, ({ params }) => HttpResponse.json(widget(params["id"]))),
    http.get(`${API}/hypervisors/:id`, ({ params }) => HttpResponse.json(widget(params["id"]))),
    http.post(`${API}/aggregates/:id/action`, () => new HttpResponse(null, { status: 202 })),
  );
  const lines = () => seen.map((request) => `${request.method} ${request.url.slice(API.length)}`);
  return { session, lines };
}

describe("get's documented query parameters", () => {
  it("sends them by their wire names: a list repeated, a flag bare", async () => {
    const { session, lines } = cloud();
    await widgets.get(session, "w1", { rack: "r1", with_servers: true });
    await widgets.get(session, "w1", { rack: "r1", fields: ["id", "name"], include_names: true });
    await widgets.get(session, "w1", { rack: "r1", include_names: false, with_servers: undefined });
    expect(lines()).toEqual([
      "GET /racks/r1/widgets/w1?with_servers=true",
      "GET /racks/r1/widgets/w1?fields=id&fields=name&include_names=",
      "GET /racks/r1/widgets/w1",
    ]);
  });

  it("takes an item of selected fields without the others, required or not", async () => {
    const { session, lines } = cloud();
    expect(await widgets.get(session, "w1", { rack: "r1", fields: "status" })).toEqual({ status: "ACTIVE" });
    expect(lines()).toEqual(["GET /racks/r1/widgets/w1?fields=status"]);
    // Without a selection, a missing required field is still the server's error.
    server.use(http.get(`${API}/racks/r1/widgets/w2`, () => HttpResponse.json({ widget: { status: "ACTIVE" } })));
    await expect(widgets.get(session, "w2", { rack: "r1" })).rejects.toThrow(ResponseValidationError);
  });

  it("checks each value against its schema before any request", async () => {
    const { session, lines } = cloud();
    await expect(widgets.get(session, "w1", { rack: "r1", with_servers: "yes" as never })).rejects.toThrow(
      `getWidget option 'with_servers' must be boolean, got "yes"`,
    );
    await expect(widgets.get(session, "w1", { rack: "r1", fields: [{ a: 1 }] as never })).rejects.toThrow(
      InvalidArgumentError,
    );
    expect(lines()).toEqual([]);
  });
});

describe("options a call does not use are refused by name, before any request", () => {
  it.each([
    [
      "get",
      (s: never) => widgets.get(s, "w1", { rack: "r1", with_server: true } as never),
      "getWidget has no option 'with_server'; it takes: signal, rack, with_servers, fields, include_names",
    ],
    [
      "update",
      (s: never) => widgets.update(s, "w1", { name: "x" }, { rack: "r1", with_servers: true } as never),
      "updateWidget has no option 'with_servers'; it takes: signal, rack",
    ],
    [
      "delete",
      (s: never) => widgets.delete(s, "w1", { rack: "r1", force: true } as never),
      "deleteWidget has no option 'force'; it takes: signal, rack, ignoreMissing",
    ],
    [
      "waitFor",
      (s: never) => widgets.waitFor(s, "w1", { rack: "r1", status: "ACTIVE", intervall: 5 } as never),
      "waitForWidget has no option 'intervall'; it takes: signal, rack, status, failures, interval, maxInterval, timeout, onProgress",
    ],
    [
      "waitForDelete",
      (s: never) => widgets.waitForDelete(s, "w1", { rack: "r1", status: "GONE" } as never),
      "waitForDeleteWidget has no option 'status'; it takes: signal, rack, interval, maxInterval, timeout",
    ],
    [
      "find",
      (s: never) => widgets.find(s, "w1", { rack: "r1", nmae: "x" } as never),
      "findWidget has no option 'nmae'; it takes: signal, rack, ignoreMissing, limit, marker, name, sort_key",
    ],
  ])("%s", async (_, call, message) => {
    const { session, lines } = cloud();
    const attempt = call(session as never);
    await expect(attempt).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(attempt).rejects.toThrow(message);
    expect(lines()).toEqual([]);
  });

  it("find still finds by id and by name with the options it knows", async () => {
    const { session, lines } = cloud();
    expect(await widgets.find(session, "w1", { rack: "r1", sort_key: "name" })).toMatchObject({ id: "w1" });
    expect(lines()).toEqual(["GET /racks/r1/widgets/w1"]);
  });
});

const aggregates = defineResource({
  service,
  path: "aggregates",
  singular: "Aggregate",
  plural: "Aggregates",
  key: "widget",
  pluralKey: "widgets",
  schema: v.looseObject({ id: v.string(), name: v.string() }),
  verbs: ["get", "find", "list"],
  query: ["name"],
  idType: "integer",
  actions: { addHost: { method: "POST", path: "aggregates/{aggregate}/action", idType: "integer" } },
});

const hypervisors = defineResource({
  service,
  path: "hypervisors",
  singular: "Hypervisor",
  plural: "Hypervisors",
  key: "widget",
  schema: v.looseObject({ id: v.string(), name: v.string() }),
  verbs: ["get"],
  idType: "either",
});

describe("numeric ids", () => {
  it("takes an integer, its digits or an item where the API's ids are integers", async () => {
    const { session, lines } = cloud();
    await aggregates.get(session, 1);
    await aggregates.get(session, "2");
    await aggregates.get(session, { id: 3 });
    await runAction(service, "addHost", aggregates.actions.addHost, session, { aggregate: 4 });
    expect(lines()).toEqual([
      "GET /aggregates/1",
      "GET /aggregates/2",
      "GET /aggregates/3",
      "POST /aggregates/4/action",
    ]);
  });

  it("takes a string or an integer where the API has had both", async () => {
    const { session, lines } = cloud();
    await hypervisors.get(session, 0);
    await hypervisors.get(session, "b1e43b5f-eec1-44e0-9f10-7b4945c0226d");
    expect(lines()).toEqual(["GET /hypervisors/0", "GET /hypervisors/b1e43b5f-eec1-44e0-9f10-7b4945c0226d"]);
  });

  it("refuses what is not an id of the resource's type, saying what was given, before any request", async () => {
    const { session, lines } = cloud();
    const integer = "must be a non-negative integer (or its digits as a string)";
    await expect(aggregates.get(session, 1.5)).rejects.toThrow(`Aggregate id ${integer}, got 1.5`);
    await expect(aggregates.get(session, "az1")).rejects.toThrow(`Aggregate id ${integer}, got "az1"`);
    await expect(aggregates.get(session, { name: "x" } as never)).rejects.toThrow(
      `Aggregate id ${integer}, got an object without 'id' (its keys: name)`,
    );
    await expect(hypervisors.get(session, -1)).rejects.toThrow(
      "Hypervisor id must be a non-empty string or a non-negative integer, got -1",
    );
    await expect(widgets.get(session, 1 as never, { rack: "r1" })).rejects.toThrow(
      "Widget id must be a non-empty string, got 1",
    );
    await expect(widgets.find(session, { id: "w1" } as never)).rejects.toThrow(
      `findWidget needs a name or id, got an object whose 'id' is "w1"`,
    );
    expect(lines()).toEqual([]);
  });

  it("find lists by name, without a GET, for a name that cannot be an integer id", async () => {
    const { session, lines } = cloud();
    expect(await aggregates.find(session, "az1")).toBeNull();
    expect(await aggregates.find(session, "5")).toMatchObject({ id: "5" });
    expect(lines()).toEqual(["GET /aggregates?name=az1", "GET /aggregates/5"]);
  });
});

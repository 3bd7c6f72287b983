import { fakeKeystone, sessionFor } from "../support/keystone.js";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { NotFoundError, ServerError } from "../../src/errors/http-error.js";
import { ResponseValidationError } from "../../src/errors/response-validation-error.js";
import { DuplicateResourceError, InvalidArgumentError } from "../../src/errors/sdk-errors.js";
import { defineResource } from "../../src/resource/define-resource.js";
import { mockServer } from "../support/server.js";

const ROOT = "http://widget.test:8000";
const API = `${ROOT}/v1`;
const server = mockServer();

const service = { type: "widget", version: "1", microversion: { name: "widget" } } as const;
const widgets = defineResource({
  service,
  path: "widgets",
  singular: "Widget",
  plural: "Widgets",
  key: "widget",
  pluralKey: "widgets",
  schema: v.looseObject({ id: v.string(), name: v.string(), size: v.optional(v.number()) }),
  verbs: ["list", "get", "find"],
  query: ["name"],
  maxMicroversion: "1.5",
});

const w1 = { id: "w1", name: "alpha" };
const w2 = { id: "w2", name: "beta" };

/** A cloud with a widget service (microversions 1.0 to 1.10); `requests` lists the widget API calls. */
function cloud(getStatus: Record<string, number> = {}, listed: (name: string | null) => unknown[] = () => []) {
  const document = {
    versions: [
      {
        id: "v1.0",
        status: "CURRENT",
        min_version: "1.0",
        max_version: "1.10",
        links: [{ rel: "self", href: `${API}/` }],
      },
    ],
  };
  const keystone = fakeKeystone({ services: { widget: { url: ROOT, document } } });
  const requests: string[] = [];
  const versions: (string | null)[] = [];
  server.events.on("request:start", ({ request }) => {
    if (!request.url.startsWith(`${API}/widgets`)) return;
    requests.push(`${request.method} ${request.url.slice(API.length)}`);
    versions.push(request.headers.get("openstack-api-version"));
  });
  server.use(
    ...keystone.handlers,
    http.get(`${API}/widgets/:id`, ({ params }) => {
      const status = getStatus[params["id"] as string];
      if (status) return HttpResponse.json({ error: { message: `status ${status}` } }, { status });
      const found = [w1, w2].find((w) => w.id === params["id"]);
      return found
        ? HttpResponse.json({ widget: found })
        : HttpResponse.json({ itemNotFound: { code: 404, message: "Widget not found" } }, { status: 404 });
    }),
    http.get(`${API}/widgets`, ({ request }) =>
      HttpResponse.json({ widgets: listed(new URL(request.url).searchParams.get("name")) }),
    ),
  );
  return { session: sessionFor(keystone), requests, versions };
}

describe("get", () => {
  it("GETs <base>/<path>/<id>, with the negotiated microversion, and unwraps the envelope", async () => {
    const { session, requests, versions } = cloud();
    expect(await widgets.get(session, "w1")).toEqual(w1);
    expect(await widgets.get(session, w2)).toEqual(w2);
    expect(requests).toEqual(["GET /widgets/w1", "GET /widgets/w2"]);
    expect(versions).toEqual(["widget 1.5", "widget 1.5"]);
  });

  it("throws NotFoundError with the server's message for a missing item", async () => {
    const { session } = cloud();
    const attempt = widgets.get(session, "nope");
    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    await expect(attempt).rejects.toThrow("Widget not found");
  });

  it("names the field when the item does not match the schema", async () => {
    const { session } = cloud();
    server.use(http.get(`${API}/widgets/bad`, () => HttpResponse.json({ widget: { id: "bad", name: 42 } })));
    await expect(widgets.get(session, "bad")).rejects.toThrow(ResponseValidationError);
    await expect(widgets.get(session, "bad")).rejects.toMatchObject({ field: "widget.name" });
  });
});

describe("find", () => {
  it("GETs by id first and returns it without listing", async () => {
    const { session, requests } = cloud();
    expect(await widgets.find(session, "w1")).toEqual(w1);
    expect(requests).toEqual(["GET /widgets/w1"]);
  });

  it("then lists by name when the GET answers 404", async () => {
    const { session, requests } = cloud({}, (name) => [w1, w2].filter((w) => w.name === name));
    expect(await widgets.find(session, "beta")).toEqual(w2);
    expect(requests).toEqual(["GET /widgets/beta", "GET /widgets?name=beta"]);
  });

  it.each([400, 403])("falls through to the list when the GET answers %i", async (status) => {
    const { session, requests } = cloud({ alpha: status }, (name) => [w1, w2].filter((w) => w.name === name));
    expect(await widgets.find(session, "alpha")).toEqual(w1);
    expect(requests).toEqual(["GET /widgets/alpha", "GET /widgets?name=alpha"]);
  });

  it("does not fall through on a server error", async () => {
    const { session, requests } = cloud({ alpha: 500 });
    await expect(widgets.find(session, "alpha")).rejects.toBeInstanceOf(ServerError);
    expect(requests).toEqual(["GET /widgets/alpha"]);
  });

  it("keeps only exact matches of a server's loose name filter", async () => {
    const { session } = cloud({}, () => [{ id: "w3", name: "alpha-2" }, w1]);
    expect(await widgets.find(session, "alpha")).toEqual(w1);
  });

  it("reports duplicates with their ids", async () => {
    const { session } = cloud({}, () => [
      { id: "w7", name: "twin" },
      { id: "w8", name: "twin" },
    ]);
    const attempt = widgets.find(session, "twin");
    await expect(attempt).rejects.toBeInstanceOf(DuplicateResourceError);
    await expect(attempt).rejects.toThrow("2 Widgets match 'twin' (w7, w8); use an id");
  });

  it("gives null for no match, or NotFoundError with ignoreMissing: false", async () => {
    const { session } = cloud();
    expect(await widgets.find(session, "ghost")).toBeNull();
    const attempt = widgets.find(session, "ghost", { ignoreMissing: false });
    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    await expect(attempt).rejects.toThrow("No Widget matches 'ghost'");
  });

  it("skips the GET for a name that cannot be an id", async () => {
    const { session, requests } = cloud({}, (name) => (name === "a/b" ? [{ id: "w9", name: "a/b" }] : []));
    expect(await widgets.find(session, "a/b")).toEqual({ id: "w9", name: "a/b" });
    expect(await widgets.find(session, "..")).toBeNull();
    expect(requests).toEqual(["GET /widgets?name=a%2Fb", "GET /widgets?name=.."]);
  });

  it("rejects an empty name before any request", async () => {
    const { session, requests } = cloud();
    await expect(widgets.find(session, "")).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(requests).toEqual([]);
  });
});

import { fakeKeystone, sessionFor } from "../support/keystone.js";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/errors/http-error.js";
import { InvalidArgumentError } from "../../src/errors/sdk-errors.js";
import { defineResource } from "../../src/resource/define-resource.js";
import { mockServer } from "../support/server.js";

const ROOT = "http://widget.test:8000";
const API = `${ROOT}/v1`;
const server = mockServer();

const widgets = defineResource({
  service: { type: "widget", version: "1" },
  path: "widgets",
  singular: "Widget",
  plural: "Widgets",
  key: "widget",
  pluralKey: "widgets",
  schema: v.looseObject({
    id: v.string(),
    name: v.string(),
    size: v.optional(v.number()),
    flavor: v.optional(v.string()),
    status: v.optional(v.string()),
  }),
  verbs: ["create", "update", "delete"],
  required: ["name"],
  readOnly: ["id", "status"],
  createOnly: ["flavor"],
  updateMethod: "PATCH",
});

/** A cloud whose widget API echoes writes; `seen` holds each widget request with its JSON body. */
function cloud() {
  const document = { versions: [{ id: "v1.0", status: "CURRENT", links: [{ rel: "self", href: `${API}/` }] }] };
  const keystone = fakeKeystone({ services: { widget: { url: ROOT, document } } });
  const seen: { line: string; body?: unknown }[] = [];
  const record = async (request: Request) => {
    const entry = { line: `${request.method} ${request.url.slice(API.length)}`, body: await request.json() };
    seen.push(entry);
    return (entry.body as { widget: Record<string, unknown> }).widget;
  };
  server.use(
    ...keystone.handlers,
    http.post(`${API}/widgets`, async ({ request }) => {
      const widget = await record(request);
      return HttpResponse.json({ widget: { id: "new-id", status: "BUILD", ...widget } }, { status: 201 });
    }),
    http.patch(`${API}/widgets/:id`, async ({ request, params }) => {
      const widget = await record(request);
      return HttpResponse.json({ widget: { id: params["id"], name: "old", ...widget } });
    }),
    http.delete(`${API}/widgets/:id`, ({ request, params }) =>
      seen.push({ line: `DELETE ${request.url.slice(API.length)}` }) && params["id"] === "gone"
        ? HttpResponse.json({ itemNotFound: { message: "Widget gone not found" } }, { status: 404 })
        : new HttpResponse(null, { status: 204 }),
    ),
  );
  return { session: sessionFor(keystone), seen };
}

describe("create", () => {
  it("POSTs the fields inside the envelope and parses the reply", async () => {
    const { session, seen } = cloud();
    const created = await widgets.create(session, { name: "w", size: 3, flavor: "small" });
    expect(created).toEqual({ id: "new-id", status: "BUILD", name: "w", size: 3, flavor: "small" });
    expect(seen.map((s) => s.line)).toEqual(["POST /widgets"]);
    expect(seen[0]!.body).toEqual({ widget: { name: "w", size: 3, flavor: "small" } });
  });

  it("refuses a missing required field, a read-only field, a wrong type and a non-object, before any request", async () => {
    const { session, seen } = cloud();
    await expect(widgets.create(session, {} as never)).rejects.toThrow("createWidget needs 'name'");
    await expect(widgets.create(session, { name: "w", status: "ACTIVE" } as never)).rejects.toThrow(
      "createWidget: 'status' cannot be set",
    );
    await expect(widgets.create(session, { name: "w", size: "big" } as never)).rejects.toThrow(
      "createWidget: 'size' has the wrong type (string)",
    );
    await expect(widgets.create(session, [] as never)).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toEqual([]);
  });
});

describe("update", () => {
  it("sends the patch with the declared method to the item's URL", async () => {
    const { session, seen } = cloud();
    expect(await widgets.update(session, { id: "w1" }, { name: "renamed" })).toEqual({ id: "w1", name: "renamed" });
    expect(seen.map((s) => s.line)).toEqual(["PATCH /widgets/w1"]);
    expect(seen[0]!.body).toEqual({ widget: { name: "renamed" } });
  });

  it("refuses create-only and read-only fields", async () => {
    const { session, seen } = cloud();
    await expect(widgets.update(session, "w1", { flavor: "large" } as never)).rejects.toThrow(
      "updateWidget: 'flavor' cannot be set",
    );
    await expect(widgets.update(session, "w1", { id: "other" } as never)).rejects.toThrow(
      "updateWidget: 'id' cannot be set",
    );
    expect(seen).toEqual([]);
  });
});

describe("delete", () => {
  it("DELETEs the item, ignoring one already gone unless told otherwise", async () => {
    const { session, seen } = cloud();
    await widgets.delete(session, "w1");
    await widgets.delete(session, "gone");
    const strict = widgets.delete(session, "gone", { ignoreMissing: false });
    await expect(strict).rejects.toBeInstanceOf(NotFoundError);
    await expect(strict).rejects.toThrow("Widget gone not found");
    expect(seen.map((s) => s.line)).toEqual(["DELETE /widgets/w1", "DELETE /widgets/gone", "DELETE /widgets/gone"]);
  });
});

describe("declared verbs only", () => {
  it("refuses a verb the resource does not declare", () => {
    const readOnly = defineResource({ ...widgets, verbs: ["get"] });
    const unsafe = readOnly as unknown as { delete(...args: unknown[]): Promise<void> };
    expect(() => unsafe.delete(sessionFor(fakeKeystone()), "w1")).toThrow("Widgets cannot delete");
  });
});

import { fakeKeystone, sessionFor } from "../support/keystone.js";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors/sdk-errors.js";
import type { Ref } from "../../src/http/path.js";
import { clientFor } from "../../src/resource/client-for.js";
import { defineResource } from "../../src/resource/define-resource.js";
import { defineService } from "../../src/service/define-service.js";
import { createFacade, methodTable } from "../../src/service/facade.js";
import { ServiceClient } from "../../src/service/service-client.js";
import { mockServer } from "../support/server.js";

const ROOT = "http://widget.test:8000";
const API = `${ROOT}/v1`;
const server = mockServer();

const descriptor = { type: "widget", version: "1" } as const;
const Widget = v.looseObject({ id: v.string(), name: v.string() });
const widgets = defineResource({
  service: descriptor,
  path: "widgets",
  singular: "Widget",
  plural: "Widgets",
  key: "widget",
  pluralKey: "widgets",
  schema: Widget,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: ["name"],
  actions: {
    rebootWidget: {
      method: "POST",
      path: "widgets/{widget_id}/action",
      body: (args: { widget_id: Ref; type: "SOFT" | "HARD" }) => ({ reboot: { type: args.type } }),
    },
  },
});
const gadgets = defineResource({
  service: descriptor,
  path: "gadgets",
  singular: "Gadget",
  plural: "Gadgets",
  key: "gadget",
  pluralKey: "gadgets",
  schema: Widget,
  verbs: ["list", "get"],
});
const widgetService = defineService(descriptor, { widgets, gadgets });

/** A façade over a fake widget service; `seen` lists the widget API calls with their bodies. */
function facade() {
  const document = { versions: [{ id: "v1.0", status: "CURRENT", links: [{ rel: "self", href: `${API}/` }] }] };
  const keystone = fakeKeystone({ services: { widget: { url: ROOT, document } } });
  const seen: string[] = [];
  server.use(
    ...keystone.handlers,
    http.get(`${API}/widgets`, () => HttpResponse.json({ widgets: [{ id: "w1", name: "one" }] })),
    http.get(`${API}/gadgets/:id`, ({ params }) => HttpResponse.json({ gadget: { id: params["id"], name: "g" } })),
    http.post(`${API}/widgets/:id/action`, async ({ request, params }) => {
      seen.push(`POST ${params["id"]} ${JSON.stringify(await request.json())}`);
      return new HttpResponse(null, { status: 202 });
    }),
  );
  const session = sessionFor(keystone);
  const client = clientFor(session, descriptor);
  return { client, seen, widget: createFacade(client, widgetService) };
}

describe("methodTable", () => {
  it("derives every verb's method name and the declared actions", () => {
    expect([...methodTable(widgetService).keys()].sort()).toEqual(
      [
        "listWidgets",
        "getWidget",
        "findWidget",
        "createWidget",
        "updateWidget",
        "deleteWidget",
        "waitForWidget",
        "waitForDeleteWidget",
        "rebootWidget",
        "listGadgets",
        "getGadget",
      ].sort(),
    );
  });

  it("rejects two resources deriving the same method name", () => {
    const clash = defineService(descriptor, {
      widgets,
      others: defineResource({ ...gadgets, singular: "Widget", plural: "Things" }),
    });
    expect(() => methodTable(clash)).toThrow(ConfigError);
    expect(() => methodTable(clash)).toThrow("widget: two resources define getWidget");
  });
});

describe("createFacade", () => {
  it("answers derived methods, which run against the service", async () => {
    const { widget, seen } = facade();
    expect((await widget.listWidgets()).map((w) => w.id)).toEqual(["w1"]);
    expect(await widget.getGadget("g1")).toEqual({ id: "g1", name: "g" });
    await widget.rebootWidget({ widget_id: "w1", type: "HARD" });
    expect(seen).toEqual(['POST w1 {"reboot":{"type":"HARD"}}']);
  });

  it("caches each bound method", () => {
    const { widget } = facade();
    expect(widget.listWidgets).toBe(widget.listWidgets);
  });

  it("is not a thenable: then is undefined and awaiting gives the façade back", async () => {
    const { widget } = facade();
    expect((widget as unknown as { then?: unknown }).then).toBeUndefined();
    expect(await Promise.resolve(widget)).toBe(widget);
  });

  it("answers unknown names with undefined, and `in` only for real methods", () => {
    const { widget } = facade();
    expect((widget as unknown as Record<string, unknown>)["listWidget"]).toBeUndefined();
    expect("listWidgets" in widget).toBe(true);
    expect("rebootWidget" in widget).toBe(true);
    expect("listWidget" in widget).toBe(false);
  });

  it("keeps the ServiceClient's own members reachable", async () => {
    const { widget, client } = facade();
    expect(widget).toBeInstanceOf(ServiceClient);
    expect(widget.serviceType).toBe("widget");
    expect(widget.session).toBe(client.session);
    expect(widget.descriptor).toBe(descriptor);
    expect(await widget.get("widgets").json()).toEqual({ widgets: [{ id: "w1", name: "one" }] });
    expect((await widget.endpoint()).url).toBe(`${API}/`);
  });
});

describe("service functions", () => {
  it("binds a package's functions onto the façade, with the service client as their target", async () => {
    const keystone = fakeKeystone({ services: { widget: { url: ROOT } } });
    server.use(
      ...keystone.handlers,
      http.get(`${ROOT}/widgets/w1/blob`, () => HttpResponse.text("blob of w1")),
    );
    const plain = { type: "widget", discovery: false } as const;
    const readBlob = async (target: Parameters<typeof clientFor>[0], id: string) =>
      clientFor(target, plain).get(`widgets/${id}/blob`).text();
    const service = defineService(plain, { widgets }, { readBlob });
    const facade = createFacade(clientFor(sessionFor(keystone), service.descriptor), service);
    expect(await facade.readBlob("w1")).toBe("blob of w1");
    expect(methodTable(service).has("readBlob")).toBe(true);
  });
});

import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import type { RefOf } from "../../src/resource/types.js";
import { defineResource } from "../../src/resource/define-resource.js";
import type { ListResult } from "../../src/resource/list-result.js";
import { defineService, type ServiceFacade } from "../../src/service/define-service.js";
import type { ServiceClient } from "../../src/service/service-client.js";

const descriptor = { type: "widget", version: "1" } as const;
const widgets = defineResource({
  service: descriptor,
  path: "widgets",
  singular: "Widget",
  plural: "Widgets",
  key: "widget",
  pluralKey: "widgets",
  schema: v.looseObject({
    id: v.string(),
    name: v.string(),
    size: v.optional(v.number()),
    status: v.optional(v.string()),
  }),
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name"],
  required: ["name"],
  readOnly: ["id", "status"],
  actions: {
    rebootWidget: {
      method: "POST",
      path: "widgets/{widget_id}/action",
      body: (args: { type: "SOFT" | "HARD" }) => ({ reboot: args }),
    },
  },
});
const parts = defineResource({
  service: descriptor,
  path: "widgets/{widget_id}/parts",
  singular: "Part",
  plural: "Parts",
  key: "part",
  pluralKey: "parts",
  schema: v.looseObject({ id: v.string() }),
  verbs: ["list", "get"],
});
const widgetService = defineService(descriptor, { widgets, parts });
type WidgetFacade = ServiceFacade<typeof widgetService>;
type Widget = { id: string; name: string; size?: number | undefined; status?: string | undefined };

declare const facade: WidgetFacade;

describe("façade method types", () => {
  it("derives each verb's method from the resource", () => {
    expectTypeOf(facade.listWidgets()).toEqualTypeOf<ListResult<Widget>>();
    expectTypeOf(facade.getWidget).parameter(0).toEqualTypeOf<RefOf<typeof widgets>>();
    expectTypeOf(facade.getWidget("w1")).resolves.toEqualTypeOf<Widget>();
    expectTypeOf(facade.findWidget("w1")).resolves.toEqualTypeOf<Widget | null>();
    expectTypeOf(facade.findWidget("w1", { ignoreMissing: false })).resolves.toEqualTypeOf<Widget>();
    expectTypeOf(facade.createWidget({ name: "x", size: 1 })).resolves.toEqualTypeOf<Widget>();
    expectTypeOf(facade.deleteWidget("w1")).resolves.toEqualTypeOf<void>();
    expectTypeOf(facade.rebootWidget({ widget_id: "w1", type: "SOFT" })).resolves.toEqualTypeOf<void>();
    expectTypeOf(facade).toMatchTypeOf<ServiceClient>();
  });

  it("rejects misspelt methods and undeclared verbs", () => {
    // @ts-expect-error: the method is listWidgets
    void facade.listWidget;
    // @ts-expect-error: the method is getWidget
    void facade.getWidgets;
    // @ts-expect-error: widgets do not declare waitFor
    void facade.waitForWidget;
    // @ts-expect-error: parts do not declare delete
    void facade.deletePart;
  });

  it("checks arguments: filters, required fields, read-only fields, parent ids", () => {
    // @ts-expect-error: not a filter of listWidgets
    void facade.listWidgets({ nmae: "x" });
    // @ts-expect-error: name is required
    void facade.createWidget({ size: 1 });
    // @ts-expect-error: status is read-only
    void facade.createWidget({ name: "x", status: "ACTIVE" });
    // @ts-expect-error: parts need their widget_id
    void facade.listParts();
    void facade.listParts({ widget_id: "w1" });
    // @ts-expect-error: HARD or SOFT only
    void facade.rebootWidget({ widget_id: "w1", type: "WARM" });
  });
});

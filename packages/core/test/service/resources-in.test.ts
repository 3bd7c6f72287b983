import * as v from "valibot";
import { describe, expect, expectTypeOf, it } from "vitest";
import { defineResource } from "../../src/resource/define-resource.js";
import { defineService } from "../../src/service/define-service.js";
import { methodTable } from "../../src/service/facade.js";
import { resourcesIn } from "../../src/service/resources-in.js";

const service = { type: "widget", version: "1" } as const;
const Widget = v.looseObject({ id: v.string(), name: v.string() });
const widgets = defineResource({
  service,
  path: "widgets",
  singular: "Widget",
  plural: "Widgets",
  schema: Widget,
  verbs: ["list", "get"],
});
const gadgets = defineResource({
  service,
  path: "gadgets",
  singular: "Gadget",
  plural: "Gadgets",
  schema: Widget,
  verbs: ["delete"],
});

// What `import * as exported from "./resources.js"` gives: resources, and the schemas and
// helpers exported beside them.
const exported = { Widget, widgets, gadgets, widgetName: (w: { name: string }) => w.name, VERSION: "1" };

describe("resourcesIn", () => {
  it("keeps the resource definitions among a module's exports and nothing else", () => {
    const found = resourcesIn(exported);
    expect(Object.keys(found).sort()).toEqual(["gadgets", "widgets"]);
    expect(found.widgets).toBe(widgets);
    expectTypeOf(found).toEqualTypeOf<{ readonly widgets: typeof widgets; readonly gadgets: typeof gadgets }>();
  });

  it("gives a service definition whose façade has every exported resource's methods", () => {
    const table = methodTable(defineService(service, resourcesIn(exported)));
    expect([...table.keys()].sort()).toEqual(["deleteGadget", "getWidget", "listWidgets", "waitForDeleteGadget"]);
  });
});

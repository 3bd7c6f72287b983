import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import { defineResource } from "../../src/resource/define-resource.js";
import type { ActionArgs, GetOptions } from "../../src/resource/types.js";
import type { Session } from "../../src/session/session.js";

const base = {
  service: { type: "widget", version: "1" },
  path: "widgets",
  singular: "Widget",
  plural: "Widgets",
  key: "widget",
  pluralKey: "widgets",
  schema: v.looseObject({ id: v.string(), name: v.string() }),
} as const;
declare const session: Session;

describe("get's options", () => {
  const widgets = defineResource({
    ...base,
    verbs: ["get", "update", "delete"],
    getQuery: { with_servers: v.boolean(), fields: v.string(), include_names: v.boolean() },
    flags: ["include_names"],
  });

  it("are the declared getQuery parameters, typed by their schemas, and no other", () => {
    type Options = GetOptions<typeof widgets>;
    expectTypeOf<Options["with_servers"]>().toEqualTypeOf<boolean | readonly boolean[] | undefined>();
    expectTypeOf<Options["fields"]>().toEqualTypeOf<string | readonly string[] | undefined>();
    void widgets.get(session, "w1", { with_servers: true, fields: ["id", "name"], include_names: true });
    // With fields selected, the item has those only, as far as the type can tell.
    expectTypeOf(widgets.get(session, "w1", { fields: "name" })).resolves.toEqualTypeOf<
      Partial<{ id: string; name: string }>
    >();
    expectTypeOf(widgets.get(session, "w1", { with_servers: true })).resolves.toEqualTypeOf<{
      id: string;
      name: string;
    }>();
    // @ts-expect-error: with_servers is a boolean
    void widgets.get(session, "w1", { with_servers: "yes" });
    // @ts-expect-error: not a declared option
    void widgets.get(session, "w1", { with_server: true });
    // @ts-expect-error: a GET's parameters are not update's
    void widgets.update(session, "w1", {}, { with_servers: true });
    // @ts-expect-error: nor delete's
    void widgets.delete(session, "w1", { fields: "id" });
  });
});

describe("ids by the resource's idType", () => {
  const strings = defineResource({ ...base, verbs: ["get"] });
  const integers = defineResource({
    ...base,
    verbs: ["get"],
    idType: "integer",
    actions: { addHost: { method: "POST", path: "widgets/{widget}/action", idType: "integer" } },
  });
  const either = defineResource({ ...base, verbs: ["get"], idType: "either" });

  it("take numbers only where the API's ids are integers", () => {
    void integers.get(session, 1);
    void integers.get(session, { id: 1 });
    void integers.get(session, "1");
    void either.get(session, 1);
    void either.get(session, "b1e43b5f");
    // @ts-expect-error: string ids only
    void strings.get(session, 1);
    // @ts-expect-error: string ids only, in an item too
    void strings.get(session, { id: 1 });
    expectTypeOf<ActionArgs<typeof integers.actions.addHost>["widget"]>().toEqualTypeOf<
      string | number | { readonly id: string | number; readonly [field: string]: unknown }
    >();
  });
});

import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import type { Session } from "../../src/session/session.js";
import { defineResource } from "../../src/resource/define-resource.js";
import type { QueryValue } from "../../src/resource/types.js";

const base = {
  service: { type: "widget", version: "1" },
  path: "widgets",
  singular: "Widget",
  plural: "Widgets",
  key: "widget",
  pluralKey: "widgets",
  schema: v.looseObject({ id: v.string(), name: v.string() }),
} as const;
const deletable = defineResource({ ...base, verbs: ["get", "delete", "waitFor"] });
const readOnly = defineResource({ ...base, verbs: ["list", "get"] });
declare const session: Session;

describe("resource function types", () => {
  it("offers exactly the declared verbs, and waitForDelete with delete", () => {
    expectTypeOf(deletable.get(session, "w1")).resolves.toEqualTypeOf<{ id: string; name: string }>();
    expectTypeOf(deletable.waitForDelete).toBeFunction();
    expectTypeOf(deletable.waitFor(session, "w1", { status: "ACTIVE" })).resolves.toEqualTypeOf<{
      id: string;
      name: string;
    }>();
    // @ts-expect-error: no delete declared, so no waitForDelete
    void readOnly.waitForDelete;
    // @ts-expect-error: delete is not declared
    void readOnly.delete;
    // @ts-expect-error: list is not declared
    void deletable.list;
  });
});

// Each misspelt entry sits on a line of its own, under its @ts-expect-error: were the
// declaration wrong anywhere else, tsc would report that line too.
describe("declaration checks", () => {
  it("accepts the schema's own fields, and flags among the declared filters", () => {
    const checked = defineResource({
      ...base,
      verbs: ["list", "create", "update"],
      query: ["name"],
      filters: { sort_dir: v.picklist(["asc", "desc"]), effective: v.boolean() },
      flags: ["effective"],
      required: ["name"],
      readOnly: ["id"],
      createOnly: ["name"],
    });
    type Query = NonNullable<Parameters<typeof checked.list>[1]>;
    expectTypeOf<Query["name"]>().toEqualTypeOf<QueryValue | undefined>();
    // A declared filter takes a value of its schema, or a list of them.
    expectTypeOf<Query["sort_dir"]>().toEqualTypeOf<"asc" | "desc" | readonly ("asc" | "desc")[] | undefined>();
    expectTypeOf<Query["effective"]>().toEqualTypeOf<boolean | readonly boolean[] | undefined>();
    checked.list(session, {
      name: "w",
      // @ts-expect-error: sort_dir is asc or desc
      sort_dir: "up",
    });
    checked.list(session, {
      // @ts-expect-error: there is no filter sort_dri
      sort_dri: "asc",
    });
  });

  it("fails on a misspelt readOnly field", () => {
    defineResource({
      ...base,
      verbs: ["get"],
      readOnly: [
        "id",
        // @ts-expect-error: the field is name
        "nmae",
      ],
    });
  });

  it("fails on a misspelt createOnly field", () => {
    defineResource({
      ...base,
      verbs: ["create", "update"],
      createOnly: [
        // @ts-expect-error: the field is id
        "ID",
      ],
    });
  });

  it("fails on a misspelt required field", () => {
    defineResource({
      ...base,
      verbs: ["create"],
      required: [
        "id",
        // @ts-expect-error: the field is name
        "names",
      ],
    });
  });

  it("fails on a misspelt query field, and on a filter neither a field nor declared", () => {
    defineResource({
      ...base,
      verbs: ["list"],
      query: [
        // @ts-expect-error: the field is name
        "nam",
      ],
    });
    defineResource({
      ...base,
      verbs: ["list"],
      filters: { sort_key: v.string() },
      query: [
        "name",
        // @ts-expect-error: sort_key is a declared filter, not a field
        "sort_key",
      ],
    });
  });

  it("fails on a flag that is not a declared filter", () => {
    defineResource({
      ...base,
      verbs: ["list"],
      filters: { effective: v.boolean() },
      flags: [
        // @ts-expect-error: the filter is effective
        "efective",
      ],
    });
  });
});

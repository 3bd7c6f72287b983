import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import { isAccepted } from "../../src/resource/accepted.js";
import { defineResource } from "../../src/resource/define-resource.js";
import type { DeleteOptions, UpdateOptions } from "../../src/resource/types.js";
import type { Session } from "../../src/session/session.js";

const base = {
  service: { type: "gadget", version: "1" },
  path: "gadgets",
  singular: "Gadget",
  plural: "Gadgets",
  key: "gadget",
  pluralKey: "gadgets",
  schema: v.looseObject({ id: v.string(), name: v.string(), device: v.nullable(v.string()) }),
} as const;
declare const session: Session;

describe("delete's and update's options", () => {
  const gadgets = defineResource({
    ...base,
    verbs: ["get", "update", "delete"],
    deleteQuery: { cascade: v.boolean() },
    updateQuery: { user_id: v.string() },
  });

  it("are the declared parameters of each, typed by their schemas", () => {
    expectTypeOf<DeleteOptions<typeof gadgets>["cascade"]>().toEqualTypeOf<boolean | readonly boolean[] | undefined>();
    expectTypeOf<UpdateOptions<typeof gadgets>["user_id"]>().toEqualTypeOf<string | readonly string[] | undefined>();
    void gadgets.delete(session, "g1", { cascade: true, ignoreMissing: false });
    void gadgets.update(session, "g1", { name: "x" }, { user_id: "u1" });
    // @ts-expect-error: cascade is a boolean
    void gadgets.delete(session, "g1", { cascade: "yes" });
    // @ts-expect-error: a DELETE's parameters are not update's
    void gadgets.update(session, "g1", {}, { cascade: true });
    // @ts-expect-error: nor a GET's
    void gadgets.get(session, "g1", { user_id: "u1" });
  });
});

describe("microversion bounds", () => {
  it("name fields or declared parameters only", () => {
    defineResource({
      ...base,
      verbs: ["get", "delete"],
      deleteQuery: { force: v.boolean() },
      microversionBounds: { force: { addedIn: "1.2" }, name: { removedIn: "1.9" } },
    });
    defineResource({
      ...base,
      verbs: ["get", "delete"],
      deleteQuery: { force: v.boolean() },
      // @ts-expect-error: a misspelt name beside a good one
      microversionBounds: { force: { addedIn: "1.2" }, forse: { addedIn: "1.2" } },
    });
  });
});

describe("create's result", () => {
  it("is the item, or where creates may be bodiless, that or what was sent, told apart by isAccepted", async () => {
    const plain = defineResource({ ...base, verbs: ["create"], required: ["name"], readOnly: ["id"] });
    expectTypeOf(plain.create(session, { name: "x" })).resolves.toEqualTypeOf<{
      id: string;
      name: string;
      device: string | null;
    }>();
    const bodiless = defineResource({
      ...base,
      verbs: ["create"],
      required: ["name"],
      readOnly: ["id"],
      bodilessCreateFrom: "1.101",
    });
    const made = await bodiless.create(session, { name: "x" });
    expectTypeOf(made.name).toEqualTypeOf<string>();
    expectTypeOf(made.id).toEqualTypeOf<string | undefined>();
    if (isAccepted(made)) expectTypeOf(made.id).toEqualTypeOf<undefined>();
    else expectTypeOf(made.id).toEqualTypeOf<string>();
  });
});

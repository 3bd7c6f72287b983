import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import type { Session } from "../../src/session/session.js";
import { defineResource } from "../../src/resource/define-resource.js";

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
    expectTypeOf(deletable.waitFor(session, "w1", { status: "ACTIVE" })).resolves.toEqualTypeOf<{ id: string; name: string }>();
    // @ts-expect-error: no delete declared, so no waitForDelete
    void readOnly.waitForDelete;
    // @ts-expect-error: delete is not declared
    void readOnly.delete;
    // @ts-expect-error: list is not declared
    void deletable.list;
  });
});

import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import type { ResponseValidationError } from "../../src/errors/response-validation-error.js";
import { defineResource } from "../../src/resource/define-resource.js";
import type { ListResult } from "../../src/resource/list-result.js";
import { isPartial } from "../../src/resource/partial.js";
import type { Item, PartialItem } from "../../src/resource/types.js";
import type { Session } from "../../src/session/session.js";

const base = {
  service: { type: "widget", version: "1" },
  path: "widgets",
  singular: "Widget",
  plural: "Widgets",
  key: "widget",
  pluralKey: "widgets",
  schema: v.looseObject({ id: v.string(), name: v.string() }),
  verbs: ["list", "get", "find", "waitFor"],
  query: ["name"],
} as const;
const plain = defineResource(base);
const withPartial = defineResource({
  ...base,
  partial: v.looseObject({ id: v.string(), status: v.literal("UNKNOWN") }),
});
declare const session: Session;

describe("list types", () => {
  it("take limit and marker in the query of any list, and onInvalidItem in its options", () => {
    plain.list(session, { name: "w", limit: 100, marker: "w1" });
    plain.list(session, { marker: 7 }, { limit: 10, maxItems: 20 });
    plain.list(session, {}, { onInvalidItem: (error, raw) => void [error.field, error.url, raw] });
    expectTypeOf<Parameters<NonNullable<Parameters<typeof plain.list>[2]>["onInvalidItem"] & {}>>().toEqualTypeOf<
      [error: ResponseValidationError, raw: unknown]
    >();
    // @ts-expect-error: a limit is a number
    plain.list(session, { limit: "100" });
  });

  it("give Item alone where no partial shape is declared", () => {
    expectTypeOf(plain.list(session)).toEqualTypeOf<ListResult<{ id: string; name: string }>>();
    expectTypeOf(plain.get(session, "w1")).resolves.toEqualTypeOf<{ id: string; name: string }>();
    expectTypeOf<PartialItem<typeof plain>>().toBeNever();
  });

  it("give Item | PartialItem where one is, and isPartial narrows either way", async () => {
    type Full = Item<typeof withPartial>;
    type Part = PartialItem<typeof withPartial>;
    expectTypeOf(withPartial.list(session)).toEqualTypeOf<ListResult<Full | Part>>();
    expectTypeOf(withPartial.get(session, "w1")).resolves.toEqualTypeOf<Full | Part>();
    expectTypeOf(withPartial.find(session, "w1")).resolves.toEqualTypeOf<Full | Part | null>();
    // The item a wait ends on has reached the status asked for: a full one.
    expectTypeOf(withPartial.waitFor(session, "w1", { status: "ACTIVE" })).resolves.toEqualTypeOf<Full>();
    const item = await withPartial.get(session, "w1");
    if (isPartial(item)) {
      expectTypeOf(item).toEqualTypeOf<Part>();
      expectTypeOf(item.status).toEqualTypeOf<"UNKNOWN">();
    } else {
      expectTypeOf(item).toEqualTypeOf<Full>();
      expectTypeOf(item.name).toEqualTypeOf<string>();
    }
  });
});

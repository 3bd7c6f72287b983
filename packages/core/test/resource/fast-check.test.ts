import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { ResponseValidationError } from "../../src/errors/response-validation-error.js";
import { fastCheckOf } from "../../src/resource/fast-check.js";
import { parseItem } from "../../src/resource/validate.js";

const Link = v.looseObject({ href: v.string(), rel: v.string() });
const Item = v.looseObject({
  id: v.string(),
  size: v.number(),
  enabled: v.boolean(),
  status: v.picklist(["ACTIVE", "ERROR"]),
  kind: v.literal("volume"),
  name: v.optional(v.string()),
  description: v.nullable(v.string()),
  note: v.optional(v.nullable(v.string())),
  extra: v.nullish(v.number()),
  tags: v.array(v.string()),
  links: v.optional(v.array(Link)),
  metadata: v.optional(v.record(v.string(), v.string())),
  image: v.optional(v.union([v.looseObject({ id: v.string() }), v.literal("")])),
  anything: v.optional(v.unknown()),
});

const valid = {
  id: "a1",
  size: 10,
  enabled: true,
  status: "ACTIVE",
  kind: "volume",
  description: null,
  tags: ["x"],
  links: [{ href: "http://h/a1", rel: "self", type: "extra fields pass" }],
  metadata: { k: "v" },
  image: "",
  anything: { deep: [1, "two"] },
  unknown_field: { kept: true },
};

// Every case valibot must also judge: the fast path may only say "passes" where valibot does.
const cases: [string, unknown][] = [
  ["valid", valid],
  [
    "optional fields absent",
    { id: "a", size: 1, enabled: false, status: "ERROR", kind: "volume", description: "d", tags: [] },
  ],
  ["an image object", { ...valid, image: { id: "img", links: [] } }],
  ["nullish given null", { ...valid, extra: null }],
  ["optional nullable given null", { ...valid, note: null }],
  ["an optional field present as undefined", { ...valid, name: undefined }],
  ["a required field missing", (({ id: _, ...rest }) => rest)(valid)],
  ["a required nullable field missing", (({ description: _, ...rest }) => rest)(valid)],
  ["a wrong type", { ...valid, size: "10" }],
  ["NaN", { ...valid, size: Number.NaN }],
  ["null where not nullable", { ...valid, name: null }],
  ["a value outside the picklist", { ...valid, status: "BUILD" }],
  ["a different literal", { ...valid, kind: "snapshot" }],
  ["a bad array item", { ...valid, tags: ["x", 1] }],
  ["a bad nested object", { ...valid, links: [{ href: "h" }] }],
  ["a bad record value", { ...valid, metadata: { k: 1 } }],
  ["no union option", { ...valid, image: 3 }],
  ["an array for an object", Object.assign([], valid)],
  ["an array for a record", { ...valid, metadata: ["v"] }],
  ["null for the item", null],
  ["a string for the item", "a1"],
  ["a class instance", Object.assign(new (class Box {})(), valid)],
  [
    "an own __proto__ key",
    JSON.parse(
      `{"id":"a","size":1,"enabled":true,"status":"ACTIVE","kind":"volume","description":null,"tags":[],"__proto__":{"x":1}}`,
    ),
  ],
  ["an own constructor key", { ...valid, constructor: "c" }],
  ["a null-prototype object", Object.assign(Object.create(null), valid)],
];

describe("fastCheckOf", () => {
  const check = fastCheckOf(Item)!;

  it("compiles a schema made of the types responses use", () => {
    expect(check).toBeTypeOf("function");
  });

  it.each(cases)("agrees with valibot: %s", (_, value) => {
    const result = v.safeParse(Item, value);
    if (check(value)) {
      expect(result.success).toBe(true);
      // What valibot would have built is the input itself, field for field.
      expect(result.output).toStrictEqual({ ...(value as object) });
    }
  });

  it("passes valid data and refuses wrong data", () => {
    expect(cases.filter(([, value]) => check(value)).map(([name]) => name)).toEqual([
      "valid",
      "optional fields absent",
      "an image object",
      "nullish given null",
      "optional nullable given null",
      "an optional field present as undefined",
    ]);
  });

  it("leaves schemas whose output differs from the input to valibot", () => {
    expect(fastCheckOf(v.looseObject({ id: v.optional(v.string(), "x") }))).toBeUndefined();
    expect(fastCheckOf(v.looseObject({ id: v.nullable(v.string(), "x") }))).toBeUndefined();
    expect(fastCheckOf(v.looseObject({ id: v.pipe(v.number(), v.transform(String)) }))).toBeUndefined();
    expect(fastCheckOf(v.looseObject({ id: v.pipe(v.string(), v.minLength(2)) }))).toBeUndefined();
    expect(fastCheckOf(v.object({ id: v.string() }))).toBeUndefined();
    expect(fastCheckOf(v.looseObject({ pair: v.tuple([v.string(), v.string()]) }))).toBeUndefined();
    expect(fastCheckOf(v.looseObject({ both: v.intersect([v.looseObject({}), v.looseObject({})]) }))).toBeUndefined();
    expect(
      fastCheckOf(v.looseObject({ id: v.union([v.string(), v.pipe(v.number(), v.transform(String))]) })),
    ).toBeUndefined();
  });
});

describe("parseItem", () => {
  it("returns valid data as it came, without a copy", () => {
    const value = structuredClone(valid);
    expect(parseItem(Item, value, "http://h/items", "item")).toBe(value);
  });

  it("still gives valibot's output where the schema transforms", () => {
    const Transformed = v.looseObject({ id: v.pipe(v.union([v.string(), v.number()]), v.transform(String)) });
    expect(parseItem(Transformed, { id: 7 }, "http://h/items", "item")).toEqual({ id: "7" });
  });

  it("still names the field and the URL when the data is wrong", () => {
    const wrong = () => parseItem(Item, { ...valid, links: [{ href: "h" }] }, "http://h/items", "items.3");
    expect(wrong).toThrow(ResponseValidationError);
    expect(wrong).toThrow(expect.objectContaining({ url: "http://h/items", field: "items.3.links.0.rel" }));
  });
});

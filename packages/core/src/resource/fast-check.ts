import type * as v from "valibot";

/** Says whether a value passes, without building anything. */
type Check = (value: unknown) => boolean;

type Node = {
  type: string;
  kind?: string;
  async?: boolean;
  pipe?: unknown;
  default?: unknown;
  wrapped?: Node;
  item?: Node;
  key?: Node;
  value?: Node;
  entries?: Record<string, Node>;
  options?: readonly unknown[];
  literal?: unknown;
};

const checks = new WeakMap<object, Check | null>();

/**
 * A fast path for valibot's `safeParse` on the schemas responses use. valibot rebuilds every
 * object and array it checks (a copy of each item, field by field, plus a dataset per
 * field): on a 1,000-server page that is most of the cost of a list. For a schema made only
 * of the types below, with no pipe, default or transform anywhere, the output valibot would
 * build is a copy of the input with the same keys and values; this checks the same rules
 * without copying. `undefined` means the schema holds something else: use valibot.
 *
 * It only ever says "passes" when valibot would; anything it does not know, any object that
 * is not a plain one (valibot would return a plain copy), and any key valibot would drop
 * (`__proto__`, `constructor`, `prototype`) sends the value to valibot, which also names
 * what is wrong.
 */
export function fastCheckOf(schema: v.GenericSchema): Check | undefined {
  let check = checks.get(schema);
  if (check === undefined) {
    check = compile(schema as unknown as Node);
    checks.set(schema, check);
  }
  return check ?? undefined;
}

function compile(schema: Node): Check | null {
  if (schema.kind !== "schema" || schema.async !== false || schema.pipe !== undefined) return null;
  switch (schema.type) {
    case "string":
      return (value) => typeof value === "string";
    case "number":
      return (value) => typeof value === "number" && !Number.isNaN(value);
    case "boolean":
      return (value) => typeof value === "boolean";
    case "unknown":
    case "any":
      return () => true;
    case "null":
      return (value) => value === null;
    case "literal": {
      const literal = schema.literal;
      return (value) => value === literal;
    }
    case "picklist": {
      const options = schema.options ?? [];
      return (value) => options.includes(value);
    }
    case "optional":
    case "nullable":
    case "nullish": {
      // A default would be filled in: the output would differ from the input.
      if (schema.default !== undefined) return null;
      const inner = compile(schema.wrapped!);
      if (!inner) return null;
      if (schema.type === "optional") return (value) => value === undefined || inner(value);
      if (schema.type === "nullable") return (value) => value === null || inner(value);
      return (value) => value === undefined || value === null || inner(value);
    }
    case "array": {
      const item = compile(schema.item!);
      if (!item) return null;
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
        return true;
      };
    }
    case "union": {
      const options = (schema.options as Node[]).map(compile);
      if (options.some((option) => option === null)) return null;
      const all = options as Check[];
      return (value) => all.some((option) => option(value));
    }
    case "record": {
      if (schema.key?.type !== "string" || schema.key.pipe !== undefined) return null;
      const item = compile(schema.value!);
      if (!item) return null;
      return (value) => {
        if (!isPlainObject(value)) return false;
        const record = value as Record<string, unknown>;
        for (const key in record) if (!item(record[key])) return false;
        return true;
      };
    }
    case "loose_object": {
      const keys: string[] = [];
      const fieldChecks: Check[] = [];
      const required: boolean[] = [];
      for (const [key, entry] of Object.entries(schema.entries ?? {})) {
        const check = compile(entry);
        if (!check) return null;
        keys.push(key);
        fieldChecks.push(check);
        required.push(entry.type !== "optional" && entry.type !== "nullish");
      }
      return (value) => {
        if (!isPlainObject(value)) return false;
        const record = value as Record<string, unknown>;
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          const field = record[key];
          // An absent key reads as undefined too; only a required one must be there.
          if (field === undefined && !(key in record)) {
            if (required[i]) return false;
          } else if (!fieldChecks[i]!(field)) return false;
        }
        return true;
      };
    }
    default:
      return null;
  }
}

/** An object valibot would copy key for key: plain, and without a key it drops. */
function isPlainObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return !(
    Object.hasOwn(value, "__proto__") ||
    Object.hasOwn(value, "constructor") ||
    Object.hasOwn(value, "prototype")
  );
}

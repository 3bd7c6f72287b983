import type { Ctx, Row } from "./types.js";

/**
 * How a list filter compares: `exact` (the field's text equals one of the values), `bool`,
 * `ci` (case-insensitive, Nova's status), `regex` (Nova's name), `tags` family (Neutron's
 * and Keystone's comma lists), or a function of the item and the values given.
 */
export type Filter =
  | "exact"
  | "bool"
  | "ci"
  | "regex"
  | "tags"
  | "tags-any"
  | "not-tags"
  | "not-tags-any"
  | { readonly field: string; readonly kind?: Exclude<Filter, object> }
  | ((item: Row, values: readonly string[], ctx: Ctx) => boolean);

const truthy = (value: string) => ["true", "1", "yes", "on"].includes(value.toLowerCase());

const textOf = (value: unknown): string =>
  value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);

/** The value at a dotted path: `role.id`, `flavor.id`. */
export function fieldAt(item: Row, path: string): unknown {
  if (path in item) return item[path];
  return path
    .split(".")
    .reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Row)[key] : undefined), item);
}

function compare(kind: Exclude<Filter, object>, actual: unknown, values: readonly string[]): boolean {
  switch (kind) {
    case "exact":
      return values.some((value) => textOf(actual) === value);
    case "bool":
      return values.some((value) => actual === truthy(value) || textOf(actual).toLowerCase() === value.toLowerCase());
    case "ci":
      return values.some((value) => textOf(actual).toLowerCase() === value.toLowerCase());
    case "regex":
      return values.some((value) => {
        try {
          return new RegExp(value).test(textOf(actual));
        } catch {
          return textOf(actual).includes(value);
        }
      });
    case "tags":
    case "tags-any":
    case "not-tags":
    case "not-tags-any": {
      const have = new Set(Array.isArray(actual) ? actual.map(String) : []);
      const wanted = values.flatMap((value) => value.split(",")).filter(Boolean);
      const all = wanted.every((tag) => have.has(tag));
      const any = wanted.some((tag) => have.has(tag));
      return kind === "tags" ? all : kind === "tags-any" ? any : kind === "not-tags" ? !all : !any;
    }
  }
}

/** True when `item` passes the filter `name` with the values the query gave. */
export function passes(filter: Filter, name: string, item: Row, values: readonly string[], ctx: Ctx): boolean {
  if (typeof filter === "function") return filter(item, values, ctx);
  if (typeof filter === "object") return compare(filter.kind ?? "exact", fieldAt(item, filter.field), values);
  const field = filter.startsWith("tags") || filter.startsWith("not-tags") ? "tags" : name;
  return compare(filter, fieldAt(item, field), values);
}

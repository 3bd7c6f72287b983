import { InvalidArgumentError } from "../errors/sdk-errors.js";

/** An id, or anything carrying one (a resource returned by the SDK). */
export type Ref = string | { readonly id: string; readonly [field: string]: unknown };

/**
 * The ids a URL segment takes: `string` (UUIDs, names), `integer` (Nova's aggregates and
 * migrations: a non-negative integer, or its digits as a string, as items carry them) or
 * `either` (Nova's hypervisors and services: an integer before 2.53, a UUID from it).
 */
export type IdType = "string" | "integer" | "either";

/**
 * The id of a reference (or another identifying field: Swift containers and Nova keypairs go
 * by `name`, Placement providers by `uuid`), checked so it cannot escape its path segment.
 */
export function idOf(
  ref: Ref | number | Readonly<Record<string, unknown>>,
  what = "id",
  field = "id",
  idType: IdType = "string",
): string {
  if (typeof ref !== "object" || ref === null) return segment(ref, what, idType);
  const id = (ref as Record<string, unknown>)[field];
  if (!validId(id, idType))
    throw new InvalidArgumentError(`${what} ${EXPECTED[idType]}, got ${describeArgument(ref, field)}`);
  return segment(id, what, idType);
}

const EXPECTED: Record<IdType, string> = {
  string: "must be a non-empty string",
  integer: "must be a non-negative integer (or its digits as a string)",
  either: "must be a non-empty string or a non-negative integer",
};

function validId(value: unknown, idType: IdType): boolean {
  if (typeof value === "number") return idType !== "string" && Number.isSafeInteger(value) && value >= 0;
  if (typeof value !== "string" || value.trim() === "") return false;
  return idType !== "integer" || /^\d+$/.test(value);
}

/**
 * Checks one path segment: an id of its type (a non-empty string without `/` that is not
 * `.` or `..`, or a non-negative safe integer where the type allows one), so no id can
 * reach another URL. Returns it encoded.
 */
export function segment(value: unknown, what: string, idType: IdType = "either"): string {
  if (!validId(value, idType))
    throw new InvalidArgumentError(`${what} ${EXPECTED[idType]}, got ${describeArgument(value)}`);
  const id = String(value);
  if (id === "." || id === ".." || id.includes("/")) {
    throw new InvalidArgumentError(
      `${what} cannot be ${JSON.stringify(id)}: ids never contain '/' and are not '.' or '..'`,
    );
  }
  return encodeURIComponent(id);
}

/**
 * What a caller gave, for an error message, without a secret: a scalar as it is (strings
 * quoted), an object by its identifying field only (a resource may carry secrets, an
 * application credential its `secret`), with its keys when that field is missing.
 */
export function describeArgument(value: unknown, idField = "id"): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value !== "object" || value === null) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, idField)) {
    const id = record[idField];
    const shown =
      typeof id === "object" && id !== null ? (Array.isArray(id) ? "an array" : "an object") : describeArgument(id);
    return `an object whose '${idField}' is ${shown}`;
  }
  const keys = Object.keys(record);
  return `an object without '${idField}' (${keys.length > 0 ? `its keys: ${keys.join(", ")}` : "no keys"})`;
}

/**
 * Fills `{name}` placeholders of a path template from `params`, each value an id or a
 * resource (identified by its `id`, else its `uuid` (Placement), else its `name` (Swift,
 * keypairs); only by `idField` when given), checked as an id of `idType` and encoded as one
 * segment. The one way URLs are built from ids.
 */
export function fillPath(
  template: string,
  params: Readonly<Record<string, unknown>>,
  idField?: string,
  idType: IdType = "string",
): string {
  if (!template.includes("{")) return template; // most list paths: nothing to fill
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new InvalidArgumentError(`missing '${name}' for path ${template}`);
    if (typeof value !== "object" || value === null) return idOf(value as Ref, name, "id", idType);
    const item = value as Record<string, unknown>;
    const field =
      idField ?? ["id", "uuid", "name"].find((key) => ["string", "number"].includes(typeof item[key])) ?? "id";
    return idOf(item, name, field, idType);
  });
}

/** Names of the `{placeholders}` in a path template, as a type. */
export type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParams<Rest>
  : never;

const paramsOfTemplate = new Map<string, readonly string[]>();

/** Names of the `{placeholders}` in a path template, at run time (templates are few and fixed: found once each). */
export function pathParams(template: string): readonly string[] {
  let names = paramsOfTemplate.get(template);
  if (names === undefined) {
    names = Object.freeze([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!));
    paramsOfTemplate.set(template, names);
  }
  return names;
}

/** Joins a relative path to a base URL the way keystoneauth does: exactly one slash between. */
export function joinUrl(base: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  if (path === "") return base;
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

import { InvalidArgumentError } from "../errors/sdk-errors.js";

/** An id, or anything carrying one (a resource returned by the SDK). */
export type Ref = string | { readonly id: string; readonly [field: string]: unknown };

/**
 * The id of a reference (or another identifying field: Swift containers and Nova keypairs go
 * by `name`, Placement providers by `uuid`), checked so it cannot escape its path segment.
 */
export function idOf(ref: Ref | Readonly<Record<string, unknown>>, what = "id", field = "id"): string {
  const id = typeof ref === "string" || ref === null ? ref : (ref as Record<string, unknown> | undefined)?.[field];
  return segment(id, what);
}

/**
 * Checks one path segment: a non-empty string without `/` that is not `.` or `..`, so no
 * id can reach another URL. Returns it encoded.
 */
export function segment(value: unknown, what: string): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string" || value.trim() === "") {
    throw new InvalidArgumentError(`${what} must be a non-empty string, got ${describe(value)}`);
  }
  if (value === "." || value === ".." || value.includes("/")) {
    throw new InvalidArgumentError(
      `${what} cannot be ${JSON.stringify(value)}: ids never contain '/' and are not '.' or '..'`,
    );
  }
  return encodeURIComponent(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  return typeof value;
}

/**
 * Fills `{name}` placeholders of a path template from `params`, each value an id or a
 * resource (identified by its `id`, else its `uuid` (Placement), else its `name` (Swift,
 * keypairs); only by `idField` when given), checked and encoded as one segment. The one way
 * URLs are built from ids.
 */
export function fillPath(template: string, params: Readonly<Record<string, unknown>>, idField?: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new InvalidArgumentError(`missing '${name}' for path ${template}`);
    if (typeof value !== "object" || value === null) return idOf(value as Ref, name);
    const item = value as Record<string, unknown>;
    const field = idField ?? ["id", "uuid", "name"].find((key) => typeof item[key] === "string") ?? "id";
    return idOf(item, name, field);
  });
}

/** Names of the `{placeholders}` in a path template, as a type. */
export type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParams<Rest>
  : never;

/** Names of the `{placeholders}` in a path template, at run time. */
export function pathParams(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/** Joins a relative path to a base URL the way keystoneauth does: exactly one slash between. */
export function joinUrl(base: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  if (path === "") return base;
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

import { NotFoundError } from "../errors/http-error.js";
import { InvalidArgumentError } from "../errors/sdk-errors.js";
import { compareMicroversions } from "../discovery/microversion.js";
import { requestIdOf } from "../http/error-body.js";
import { fillPath, type Ref } from "../http/path.js";
import { jsonOf } from "../session/error-mapping.js";
import { itemOptionNames, itemPath } from "./item-path.js";
import { itemQueryOf } from "./query-params.js";
import { callHeadersOf, refuseUnknownOptions, splitCallHeaders } from "./call-headers.js";
import { acceptedItem } from "./accepted.js";
import { checkMicroversionBounds } from "./microversion-bounds.js";
import { clientFor, methodName, splitParents } from "./client-for.js";
import type { ResourceSpec } from "./resource-spec.js";
import type { SessionOrClient } from "./types.js";
import { get } from "./read.js";
import { parseItem, unwrap } from "./validate.js";

type Args = Readonly<Record<string, unknown>>;
type Call = { signal?: AbortSignal | undefined };

/** POST a new item, wrapped in its envelope. */
export async function create<T>(
  spec: ResourceSpec,
  target: SessionOrClient,
  body: Args,
  options: Args & Call = {},
): Promise<T> {
  const what = methodName(spec, "create");
  refuseUnknownOptions(spec.service, what, options, CREATE_OPTIONS);
  const headers = callHeadersOf(spec.service, what, options);
  const { parents, rest } = splitParents(spec, checkObject(body, what));
  for (const field of spec.required ?? []) {
    if (rest[field] === undefined) throw new InvalidArgumentError(`${what} needs '${field}'`);
  }
  checkFields(spec, rest, what, spec.readOnly ?? []);
  const { response, microversion, url } = await send(spec, target, {
    method: "POST",
    path: fillPath(spec.path, parents),
    fields: rest,
    names: definedKeys(rest),
    what,
    signal: options.signal,
    headers,
  });
  if (answersWithoutBody(spec, response, microversion)) {
    const text = await response.text();
    if (text.trim() === "") return acceptedItem<T>(rest);
    return itemOf<T>(
      spec,
      jsonOf(text, response.headers, { method: "POST", url, requestId: requestIdOf(response.headers) }),
      url,
    );
  }
  return itemOf<T>(spec, await response.json(), url);
}

/** What a create's options hold, besides its service's header options. */
const CREATE_OPTIONS = ["signal"];

/** A 202 or 204 from a resource that declares bodiless creates, at or above the microversion it names. */
function answersWithoutBody(spec: ResourceSpec, response: Response, microversion: string | undefined): boolean {
  const from = spec.bodilessCreateFrom;
  return (
    from !== undefined &&
    (response.status === 202 || response.status === 204) &&
    microversion !== undefined &&
    compareMicroversions(microversion, from) >= 0
  );
}

/**
 * PUT or PATCH (as the API wants) the changed fields of one item; for a JSON-patch API, the
 * patch operations that turn the current item into the changed one (`null` removes a field).
 */
export async function update<T>(
  spec: ResourceSpec,
  target: SessionOrClient,
  ref: Ref,
  patch: Args,
  options: Args & Call = {},
): Promise<T> {
  const what = methodName(spec, "update");
  const { signal, ...args } = options;
  refuseUnknownOptions(spec.service, what, args, [...itemOptionNames(spec), ...Object.keys(spec.updateQuery ?? {})]);
  const headers = callHeadersOf(spec.service, what, args);
  const { parents, rest } = splitParents(spec, args, ref);
  const query = itemQueryOf(what, spec.updateQuery, spec.flags, rest);
  // In a JSON patch, null removes the field, whatever its type.
  checkFields(
    spec,
    checkObject(patch, what),
    what,
    [...(spec.readOnly ?? []), ...(spec.createOnly ?? [])],
    spec.jsonPatch !== undefined,
  );
  const path = itemPath(spec, parents, ref);
  const names = [...definedKeys(patch), ...query.keys()];
  const { response, url } = spec.jsonPatch
    ? await send(spec, target, {
        method: "PATCH",
        path,
        fields: await patchOperations(
          spec,
          target,
          ref,
          { ...parents, ...splitCallHeaders(spec.service, args).headerOptions },
          patch,
          signal,
        ),
        names,
        what,
        signal,
        query,
        headers,
        contentType: spec.jsonPatch,
      })
    : await send(spec, target, {
        method: spec.updateMethod ?? "PUT",
        path,
        fields: patch,
        names,
        what,
        signal,
        query,
        headers,
      });
  return itemOf<T>(spec, await response.json(), url);
}

/**
 * RFC 6902 operations for a change. `add` sets a member whether or not it exists, so no
 * stale copy of the item can make a set fail. `null` on a field the schema always has is a
 * `replace` with null; on any other field a `remove`, sent only if the field exists now
 * (a fresh GET: removing an absent member is an error, and a caller's copy may be stale).
 */
async function patchOperations(
  spec: ResourceSpec,
  target: SessionOrClient,
  ref: Ref,
  /** The parent ids and header options of the update, for its GET. */
  getOptions: Args,
  patch: Args,
  signal: AbortSignal | undefined,
) {
  const pointer = (field: string) => `/${field.replace(/~/g, "~0").replace(/\//g, "~1")}`;
  const always = (field: string) => {
    const schema = spec.schema.entries[field] as { type?: string } | undefined;
    return schema !== undefined && !["optional", "nullish", "exact_optional"].includes(schema.type ?? "");
  };
  const removals = Object.keys(patch).filter((field) => patch[field] === null && !always(field));
  const current = removals.length > 0 ? await get<Args>(spec, target, ref, { ...getOptions, signal }) : {};
  return Object.entries(patch).flatMap(([field, value]) => {
    if (value !== null) return [{ op: "add", path: pointer(field), value }];
    if (always(field)) return [{ op: "replace", path: pointer(field), value: null }];
    return field in current ? [{ op: "remove", path: pointer(field) }] : [];
  });
}

/** DELETE one item. Already gone is fine unless `ignoreMissing: false`. */
export async function remove(
  spec: ResourceSpec,
  target: SessionOrClient,
  ref: Ref,
  options: Args & Call & { ignoreMissing?: boolean } = {},
): Promise<void> {
  const { signal, ignoreMissing = true, ...args } = options;
  const what = methodName(spec, "delete");
  refuseUnknownOptions(spec.service, what, args, [
    ...itemOptionNames(spec),
    "ignoreMissing",
    ...Object.keys(spec.deleteQuery ?? {}),
  ]);
  const headers = callHeadersOf(spec.service, what, args);
  const { parents, rest } = splitParents(spec, args, ref);
  const query = itemQueryOf(what, spec.deleteQuery, spec.flags, rest);
  const client = clientFor(target, spec.service);
  const path = itemPath(spec, parents, ref);
  const microversion = await client.microversion({ sdkMax: spec.maxMicroversion, what, signal });
  checkMicroversionBounds(spec, what, query.keys(), microversion);
  try {
    await client.delete(path, {
      signal,
      microversion,
      ...(headers && { headers }),
      ...(query.size > 0 && { searchParams: query }),
    });
  } catch (error) {
    if (!(ignoreMissing && error instanceof NotFoundError)) throw error;
  }
}

interface Sent {
  method: "POST" | "PUT" | "PATCH";
  path: string;
  fields: unknown;
  /** The fields and query parameters sent, by name, for their microversion bounds. */
  names: Iterable<string>;
  what: string;
  signal: AbortSignal | undefined;
  query?: URLSearchParams;
  /** The service's header options, as headers (see callHeadersOf). */
  headers?: Record<string, string> | undefined;
  contentType?: string;
}

/** Sends a create or an update (in its envelope, unless a JSON patch) at the resource's microversion. */
async function send(spec: ResourceSpec, target: SessionOrClient, sent: Sent) {
  const { method, path, fields, names, what, signal, query, contentType } = sent;
  const headers = contentType ? { ...sent.headers, "Content-Type": contentType } : sent.headers;
  const client = clientFor(target, spec.service);
  const microversion = await client.microversion({ sdkMax: spec.maxMicroversion, what, signal });
  checkMicroversionBounds(spec, what, names, microversion);
  const json = spec.key === undefined || contentType ? fields : { [spec.key]: fields };
  const response = await client.request(method, path, {
    json,
    signal,
    microversion,
    ...(headers && { headers }),
    ...(query && query.size > 0 && { searchParams: query }),
  });
  return { response, microversion, url: response.url || path };
}

/** The keys of the fields a JSON body carries (undefined ones are left out of it). */
function definedKeys(fields: Args): string[] {
  return Object.keys(fields).filter((key) => fields[key] !== undefined);
}

/** The item of an answer, out of its envelope and checked against the schema. */
function itemOf<T>(spec: ResourceSpec, body: unknown, url: string): T {
  return parseItem<T>(spec.schema, unwrap(body, spec.key, url), url, spec.key ?? spec.singular);
}

function checkObject(value: unknown, what: string): Args {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(
      `${what} takes an object of fields, got ${Array.isArray(value) ? "an array" : typeof value}`,
    );
  }
  return value as Args;
}

/** Rejects fields the caller may not set, and declared fields of the wrong kind, before any request. */
function checkFields(
  spec: ResourceSpec,
  fields: Args,
  what: string,
  forbidden: readonly string[],
  nullRemoves = false,
): void {
  for (const [key, value] of Object.entries(fields)) {
    if (forbidden.includes(key)) throw new InvalidArgumentError(`${what}: '${key}' cannot be set`);
    const expected = spec.schema.entries[key];
    if (expected && value !== undefined && !(nullRemoves && value === null) && !kindMatches(expected, value)) {
      throw new InvalidArgumentError(
        `${what}: '${key}' has the wrong type (${value === null ? "null" : typeof value})`,
      );
    }
  }
}

type Schema = { type: string; wrapped?: Schema; item?: Schema; options?: readonly unknown[] };
const nullableWrappers = new Set(["nullable", "nullish"]);
const objectKinds = new Set(["object", "loose_object", "strict_object", "object_with_rest", "record"]);

/**
 * A shallow check of kinds (string, number, boolean, one of a picklist, a list and the kind
 * of its items, an object), not of an object's members: what a create sends inside an
 * object is often less than what the server returns, so the response schema cannot judge
 * it; the server does.
 */
function kindMatches(schema: Schema, value: unknown): boolean {
  let inner = schema;
  let nullable = false;
  while (inner.wrapped) {
    nullable ||= nullableWrappers.has(inner.type);
    inner = inner.wrapped;
  }
  if (value === null) return nullable;
  if (inner.type === "array")
    return Array.isArray(value) && (!inner.item || value.every((item) => kindMatches(inner.item!, item)));
  if (inner.type === "picklist") return inner.options?.includes(value) ?? true;
  if (objectKinds.has(inner.type)) return typeof value === "object" && !Array.isArray(value);
  if (["string", "number", "boolean"].includes(inner.type)) return typeof value === inner.type;
  return true;
}

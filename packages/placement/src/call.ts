import { clientFor, compareMicroversions, fillPath, InvalidArgumentError, ResponseValidationError, type HttpMethod, type Target } from "@openstack-ts/core";
import * as v from "valibot";
import { placementService } from "./service.js";

/** A resource provider by its uuid, or the provider itself. */
export type ProviderRef = string | { readonly uuid: string };

/** The uuid of a provider reference (core's path helper reads `id`; Placement names things by `uuid`). */
export function uuidOf(ref: ProviderRef, what = "resource_provider_uuid"): string {
  const uuid = typeof ref === "string" ? ref : (ref as { uuid?: unknown } | null)?.uuid;
  if (typeof uuid !== "string") throw new InvalidArgumentError(`${what} must be a uuid, or an object with its uuid (a provider), got ${ref === null ? "null" : typeof ref}`);
  return uuid;
}

/** `?key=value` pairs; a list repeats its key. Undefined values are left out. */
export type QueryPairs = readonly (readonly [string, string | number | boolean | readonly (string | number)[] | undefined])[];

export interface PlacementCall<S extends v.GenericSchema | undefined> {
  method: HttpMethod;
  /** Relative to the Placement endpoint, with `{name}` placeholders filled from `params`. */
  path: string;
  /** Placeholder values: a uuid or name, or a provider (its `uuid` is used). */
  params?: Readonly<Record<string, ProviderRef>>;
  query?: QueryPairs;
  json?: unknown;
  /** The lowest microversion the call (or the body it sends) needs. */
  requires?: string | undefined;
  /** The highest microversion whose answer `schema` understands. */
  max?: string | undefined;
  /** Method name, for error messages. */
  what: string;
  schema?: S;
  signal?: AbortSignal | undefined;
}

/**
 * One Placement request for the calls that are not items of a collection: maps keyed by
 * resource class or provider, lists of strings, bodiless answers. The microversion is
 * negotiated as for resources, min(`max`, the server's), and must reach `requires`; the
 * answer is checked against `schema`, so what the caller gets is what its type says.
 */
export async function placementCall<S extends v.GenericSchema | undefined = undefined>(
  target: Target,
  call: PlacementCall<S>,
): Promise<S extends v.GenericSchema ? v.InferOutput<S> : void> {
  const client = clientFor(target, placementService);
  // Path first: a bad uuid fails before anything is sent.
  const params = Object.fromEntries(Object.entries(call.params ?? {}).map(([name, ref]) => [name, uuidOf(ref, name)]));
  const path = fillPath(call.path, params);
  const microversion = await client.microversion({ sdkMax: call.max ?? call.requires, requires: call.requires, what: call.what, signal: call.signal });
  const searchParams = new URLSearchParams();
  for (const [key, value] of call.query ?? []) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) searchParams.append(key, String(one));
  }
  const response = await client.request(call.method, path, {
    signal: call.signal,
    microversion,
    ...(searchParams.toString() !== "" && { searchParams }),
    ...(call.json !== undefined && { json: call.json }),
  });
  if (!call.schema) return undefined as never;
  return parseBody(call.schema, await response.json(), response.url || path) as never;
}

/** Checks a whole response body against its schema; a mismatch names the field and the URL. */
export function parseBody<S extends v.GenericSchema>(schema: S, body: unknown, url: string): v.InferOutput<S> {
  const result = v.safeParse(schema, body);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = issue.path?.map((item) => String(item.key)).join(".") ?? "";
  throw new ResponseValidationError({ url, field, problem: `is ${issue.received}, expected ${issue.expected ?? "something else"}` });
}

/** The higher of two microversions (`undefined` is lower than any). */
export function higher(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareMicroversions(a, b) >= 0 ? a : b;
}

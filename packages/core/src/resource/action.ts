import { NotFoundError } from "../errors/http-error.js";
import { fillPath } from "../http/path.js";
import type { ServiceRequestOptions } from "../service/service-client.js";
import type { ServiceDescriptor } from "../service/service-descriptor.js";
import { clientFor } from "./client-for.js";
import { callHeadersOf, refuseUnknownOptions, splitCallHeaders } from "./call-headers.js";
import type { ActionSpec } from "./resource-spec.js";
import { parseItem, unwrap } from "./validate.js";
import type { ActionFunction, ActionOptions, SessionOrClient } from "./types.js";

/** What an action's options hold, besides its service's header options. */
const ACTION_OPTIONS = ["signal", "onUploadProgress", "onDownloadProgress"];

/** Runs a declared action: fills its path from the arguments, sends its body, reads its result. */
export async function runAction(
  service: ServiceDescriptor,
  name: string,
  spec: ActionSpec,
  target: SessionOrClient,
  args: Readonly<Record<string, unknown>> = {},
  options: Pick<ServiceRequestOptions, "signal" | "onUploadProgress" | "onDownloadProgress"> = {},
): Promise<unknown> {
  refuseUnknownOptions(service, name, options, ACTION_OPTIONS);
  const callHeaders = callHeadersOf(service, name, options);
  const client = clientFor(target, service);
  const path = fillPath(spec.path, args, spec.idField, spec.idType);
  const build = <R>(make: ((a: never) => R) | undefined) => (make ? (make as (a: unknown) => R)(args) : undefined);
  // Before the microversion, which may authenticate: arguments it refuses send nothing.
  const requires = typeof spec.requires === "function" ? build(spec.requires) : spec.requires;
  const microversion = await client.microversion({
    requires,
    sdkMax: spec.maxMicroversion ?? requires,
    what: name,
    signal: options.signal,
  });
  const json = build(spec.body);
  const body = build(spec.rawBody);
  const headers = {
    ...callHeaders,
    ...build(spec.headers),
    ...(spec.contentType && { "Content-Type": spec.contentType }),
  };
  const searchParams = new URLSearchParams();
  for (const [key, value] of Object.entries(build(spec.query) ?? {})) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) searchParams.append(key, String(one));
  }
  try {
    const response = await client.request(spec.method, path, {
      // Without header options, the options as they are: no copy per request.
      ...(service.callHeaders ? splitCallHeaders(service, options as Readonly<Record<string, unknown>>).rest : options),
      ...(spec.anonymous && { anonymous: true }),
      ...(spec.idempotent === false && { retry: 0 }),
      microversion,
      headers,
      ...(searchParams.toString() !== "" && { searchParams }),
      ...(json !== undefined && { json }),
      ...(body !== undefined && { body }),
    });
    if (spec.returns === "exists") return true;
    if (spec.returns === "response") return response;
    if (spec.returns === "json") {
      const whole = response.status === 204 ? undefined : await response.json();
      const body = spec.resultKey === undefined ? whole : unwrap(whole, spec.resultKey, response.url || path);
      return spec.schema ? parseItem(spec.schema, body, response.url || path, name) : body;
    }
    return undefined;
  } catch (error) {
    if (spec.returns === "exists" && error instanceof NotFoundError) return false;
    throw error;
  }
}

/**
 * Declared actions as functions of a target, by their names, for tree-shaking users and for a
 * package that exports its calls by name (`getResourceProviderTraits(session, { … })`); the
 * same specs, among a resource's `actions`, give the façade's methods.
 */
/* @__NO_SIDE_EFFECTS__ */
export function actionFunctions<
  const A extends Readonly<Record<string, ActionSpec>>,
  const S extends ServiceDescriptor = ServiceDescriptor,
>(service: S, actions: A): { readonly [K in keyof A]: ActionFunction<A[K], S> } {
  const functions: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(actions)) {
    functions[name] = (target: SessionOrClient, args?: Readonly<Record<string, unknown>>, options?: ActionOptions) =>
      runAction(service, name, spec, target, args, options);
  }
  return functions as { readonly [K in keyof A]: ActionFunction<A[K], S> };
}

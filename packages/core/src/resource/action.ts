import { NotFoundError } from "../errors/http-error.js";
import { fillPath } from "../http/path.js";
import type { ServiceRequestOptions } from "../service/service-client.js";
import type { ServiceDescriptor } from "../service/service-descriptor.js";
import { clientFor } from "./client-for.js";
import type { ActionSpec } from "./resource-spec.js";
import { parseItem, unwrap } from "./validate.js";
import type { Target } from "./types.js";

/** Runs a declared action: fills its path from the arguments, sends its body, reads its result. */
export async function runAction(
  service: ServiceDescriptor,
  name: string,
  spec: ActionSpec,
  target: Target,
  args: Readonly<Record<string, unknown>> = {},
  options: Pick<ServiceRequestOptions, "signal" | "onUploadProgress" | "onDownloadProgress"> = {},
): Promise<unknown> {
  const client = clientFor(target, service);
  const path = fillPath(spec.path, args);
  const microversion = await client.microversion({ requires: spec.requires, sdkMax: spec.maxMicroversion ?? spec.requires, what: name, signal: options.signal });
  const build = <R>(make: ((a: never) => R) | undefined) => (make ? (make as (a: unknown) => R)(args) : undefined);
  const json = build(spec.body);
  const body = build(spec.rawBody);
  const headers = { ...build(spec.headers), ...(spec.contentType && { "Content-Type": spec.contentType }) };
  const query = Object.entries(build(spec.query) ?? {}).filter(([, value]) => value !== undefined);
  const searchParams = query.length > 0 ? Object.fromEntries(query.map(([key, value]) => [key, String(value)])) : undefined;
  try {
    const response = await client.request(spec.method, path, {
      ...options,
      ...(spec.anonymous && { anonymous: true }),
      ...(spec.idempotent === false && { retry: 0 }),
      microversion,
      headers,
      ...(searchParams && { searchParams }),
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

import { NotFoundError } from "../errors/http-error.js";
import { fillPath } from "../http/path.js";
import type { ServiceDescriptor } from "../service/service-descriptor.js";
import { clientFor } from "./client-for.js";
import type { ActionSpec } from "./resource-spec.js";
import type { Target } from "./types.js";

/** Runs a declared action: fills its path from the arguments, sends its body, reads its result. */
export async function runAction(
  service: ServiceDescriptor,
  name: string,
  spec: ActionSpec,
  target: Target,
  args: Readonly<Record<string, unknown>> = {},
  options: { signal?: AbortSignal | undefined } = {},
): Promise<unknown> {
  const { signal } = options;
  const client = clientFor(target, service);
  const path = fillPath(spec.path, args);
  const microversion = await client.microversion({ requires: spec.requires, sdkMax: spec.requires, what: name, signal });
  const json = spec.body ? (spec.body as (a: unknown) => unknown)(args) : undefined;
  try {
    const response = await client.request(spec.method, path, { signal, microversion, ...(json !== undefined && { json }) });
    if (spec.returns === "exists") return true;
    if (spec.returns === "json") return response.status === 204 ? undefined : await response.json();
    return undefined;
  } catch (error) {
    if (spec.returns === "exists" && error instanceof NotFoundError) return false;
    throw error;
  }
}

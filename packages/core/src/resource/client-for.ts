import { InvalidArgumentError } from "../errors/sdk-errors.js";
import { pathParams } from "../http/path.js";
import { ServiceClient } from "../service/service-client.js";
import type { ServiceDescriptor } from "../service/service-descriptor.js";
import { Session } from "../session/session.js";
import type { ResourceSpec } from "./resource-spec.js";
import type { SessionOrClient } from "./types.js";

/**
 * The client of `service` for a target. One client per service per session, so every
 * caller shares one endpoint resolution and one discovery.
 */
export function clientFor(target: SessionOrClient, service: ServiceDescriptor): ServiceClient {
  if (target instanceof ServiceClient && target.descriptor === service) return target;
  const session = target instanceof ServiceClient ? target.session : target;
  if (!(session instanceof Session))
    throw new InvalidArgumentError("expected a Session or a ServiceClient as the first argument");
  const key = `client:${service.type}:${service.version ?? ""}:${service.discovery !== false}`;
  return session.perSession(key, () => new ServiceClient(session, service));
}

/**
 * Splits call arguments into the parent ids the resource's path needs and the rest.
 * A parent id may also come from the referenced resource itself (a fetched credential
 * carries its `user_id`).
 */
export function splitParents(
  spec: ResourceSpec,
  args: Readonly<Record<string, unknown>>,
  ref?: unknown,
): { parents: Record<string, unknown>; rest: Record<string, unknown> } {
  const names = pathParams(spec.path);
  const parents: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) (names.includes(key) ? parents : rest)[key] = value;
  for (const name of names) {
    if (parents[name] === undefined && typeof ref === "object" && ref !== null)
      parents[name] = (ref as Record<string, unknown>)[name];
    if (parents[name] === undefined) {
      throw new InvalidArgumentError(`${spec.plural} live under ${spec.path}: '${name}' is needed`);
    }
  }
  return { parents, rest };
}

/** The name of a method, for error messages: `listNetworks`, `getNetwork`. */
export function methodName(spec: ResourceSpec, verb: string): string {
  return verb === "list" ? `list${spec.plural}` : `${verb}${spec.singular}`;
}

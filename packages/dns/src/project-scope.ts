import {
  ServiceClient,
  clientFor,
  InvalidArgumentError,
  type HttpMethod,
  type ResolvedEndpoint,
  type ResponsePromise,
  type ServiceRequestOptions,
  type SessionOrClient,
} from "@openstack-ts/core";
import { dnsService } from "./descriptor.js";

/**
 * Whose zones a call sees, beyond the caller's own project. Designate reads this from two
 * request headers, on any call: `X-Auth-All-Projects` (every project's; admin) and
 * `X-Auth-Sudo-Project-ID` (act as that project; admin).
 */
export interface ProjectScope {
  /** Every project's zones, recordsets, … (`X-Auth-All-Projects: true`). */
  allProjects?: boolean;
  /** Act as this project: list its zones, create a zone it owns (`X-Auth-Sudo-Project-ID`). */
  sudoProjectId?: string;
}

const KNOWN = new Set(["allProjects", "sudoProjectId"]);

function scopeHeaders(scope: ProjectScope): Record<string, string> {
  if (typeof scope !== "object" || scope === null) throw new InvalidArgumentError("a project scope must be an object");
  const unknown = Object.keys(scope).filter((key) => !KNOWN.has(key));
  if (unknown.length > 0)
    throw new InvalidArgumentError(
      `a DNS project scope takes allProjects and sudoProjectId, not ${unknown.map((k) => `'${k}'`).join(", ")}`,
    );
  const { allProjects, sudoProjectId } = scope;
  if (allProjects !== undefined && typeof allProjects !== "boolean")
    throw new InvalidArgumentError(`allProjects must be true or false, not ${typeof allProjects}`);
  if (sudoProjectId !== undefined && (typeof sudoProjectId !== "string" || sudoProjectId === ""))
    throw new InvalidArgumentError("sudoProjectId must be a project id (a non-empty string)");
  return {
    ...(allProjects !== undefined && { "X-Auth-All-Projects": String(allProjects) }),
    ...(sudoProjectId !== undefined && { "X-Auth-Sudo-Project-ID": sudoProjectId }),
  };
}

/**
 * The DNS client of a target whose every request carries the scope's headers. It shares the
 * target's endpoint (no second discovery); a call's own headers come after the scope's.
 */
class ScopedDnsClient extends ServiceClient {
  readonly #base: ServiceClient;
  readonly #headers: Record<string, string>;

  constructor(base: ServiceClient, headers: Record<string, string>) {
    super(base.session, base.descriptor);
    this.#base = base;
    this.#headers = headers;
  }

  override endpoint(signal?: AbortSignal): Promise<ResolvedEndpoint> {
    return this.#base.endpoint(signal);
  }

  override request(method: HttpMethod, path: string, options: ServiceRequestOptions = {}): ResponsePromise {
    return super.request(method, path, { ...options, headers: { ...this.#headers, ...options.headers } });
  }
}

/**
 * A DNS client for the tree-shaken functions, scoped: `zones.list(scopedDns(session,
 * { allProjects: true }))`. Bad scope options are refused here, before any request.
 */
export function scopedDns(target: SessionOrClient, scope: ProjectScope): ServiceClient {
  return new ScopedDnsClient(clientFor(target, dnsService), scopeHeaders(scope));
}

import {
  ServiceClient,
  callHeadersOf,
  clientFor,
  InvalidArgumentError,
  refuseUnknownOptions,
  type HttpMethod,
  type ResolvedEndpoint,
  type ResponsePromise,
  type ServiceRequestOptions,
  type SessionOrClient,
} from "@openstack-ts/core";
import { dnsService } from "./descriptor.js";

/**
 * Whose zones a call sees, beyond the caller's own project: Designate's header options
 * (declared once in the descriptor's `callHeaders`), here for every call of a client.
 */
export interface ProjectScope {
  /** Every project's zones, recordsets, … (`X-Auth-All-Projects: true`). */
  allProjects?: boolean;
  /** Act as this project: list its zones, create a zone it owns (`X-Auth-Sudo-Project-ID`). */
  sudoProjectId?: string;
}

/** The scope's headers, checked as a call's options are: a bad value or an unknown name is refused here. */
function scopeHeaders(scope: ProjectScope): Record<string, string> {
  if (typeof scope !== "object" || scope === null) throw new InvalidArgumentError("a project scope must be an object");
  refuseUnknownOptions(dnsService, "withProjectScope", scope, []);
  return callHeadersOf(dnsService, "withProjectScope", scope) ?? {};
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

import { type HttpErrorInit, UnauthorizedError } from "../errors/http-error.js";

/**
 * Keystone refused to scope the token where it was asked: the user has no role there (or
 * only through a group or an inherited role it does not see), the project or domain is
 * disabled or unknown, the token may not be re-scoped (an application credential's, or a
 * trust's), or the trust is not this user's. Keystone answers all of these with the same 401
 * and says no more; `serverMessage` is its own words.
 */
export class ScopeRefusedError extends UnauthorizedError {
  override name = "ScopeRefusedError";
  /** Where the token was to be scoped, as `project id 1234…`, `domain name Default`, `system all`, `trust id …`. */
  readonly scope: string;

  constructor(init: HttpErrorInit, scope: string) {
    super(init);
    this.scope = scope;
    this.message =
      `Keystone refused to scope the token to ${scope}: the user has no role there, it is disabled or unknown, ` +
      `or this token may not be re-scoped (Keystone said: ${init.serverMessage ?? "nothing"}). ` +
      `${init.method} ${init.url} returned ${init.status}${init.requestId ? ` (request ${init.requestId})` : ""}`;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), scope: this.scope };
  }
}

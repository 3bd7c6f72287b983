import { ConfigError } from "../errors/sdk-errors.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { joinUrl } from "../http/path.js";
import { redactUrl } from "../log/logger.js";
import type { Session } from "../session/session.js";
import type { AuthTransport } from "./plugin.js";
import { RescopedAuth, type RescopeTarget } from "./rescope.js";
import { identityV3Url } from "./v3-tokens.js";

/** A project the token's user may scope to, as `GET /v3/auth/projects` lists it. */
export interface AuthProject {
  id: string;
  name: string;
  domain_id: string;
  enabled?: boolean;
  description?: string | null;
  parent_id?: string | null;
  is_domain?: boolean;
  tags?: string[];
  [field: string]: unknown;
}

/** A domain the token's user may scope to (`GET /v3/auth/domains`). */
export interface AuthDomain {
  id: string;
  name: string;
  enabled?: boolean;
  description?: string | null;
  [field: string]: unknown;
}

/** Everything a token's user may scope to: what a dashboard offers after a login. */
export interface AvailableScopes {
  projects: AuthProject[];
  domains: AuthDomain[];
  /** Whether the user has a role on the system (`system: { all: true }` scope). */
  system: boolean;
}

/**
 * The session's identity v3 URL, from its auth URL: an unscoped token has no catalog, and
 * these lists are about the token, so they go where the token came from.
 */
async function identityUrl(session: Session, signal: AbortSignal | undefined): Promise<string> {
  const authUrl = session.tokens.plugin.authUrl;
  if (!authUrl) throw new ConfigError("listing the scopes of a token needs an auth plugin with an authUrl");
  const transport: AuthTransport = {
    get: (url, signal) => session.request(url, { signal, throwHttpErrors: (status) => status >= 400 }),
    post: () => Promise.reject(new ConfigError("not used")),
  };
  return identityV3Url(authUrl, transport, signal);
}

/** One `GET /v3/auth/<what>` with the session's token, its list under `key` checked to be a list. */
async function listOf<T>(session: Session, what: string, key: string, signal?: AbortSignal): Promise<T[]> {
  const url = joinUrl(await identityUrl(session, signal), `auth/${what}`);
  const response = await session.request(url, { signal, context: { authenticated: true } });
  const body = (await response.json()) as Record<string, unknown> | null;
  const list = body?.[key];
  if (!Array.isArray(list) || list.some((item) => typeof item !== "object" || item === null)) {
    throw new ResponseValidationError({
      url: redactUrl(url),
      method: "GET",
      field: key,
      problem: `expected a list of objects, got ${Array.isArray(list) ? "a list with other items" : typeof list}`,
    });
  }
  return list as T[];
}

/** The projects the session's token may be scoped to (keystoneclient's `auth.projects()`). */
export function listAuthProjects(session: Session, options: { signal?: AbortSignal } = {}): Promise<AuthProject[]> {
  return listOf<AuthProject>(session, "projects", "projects", options.signal);
}

/** The domains the session's token may be scoped to (keystoneclient's `auth.domains()`). */
export function listAuthDomains(session: Session, options: { signal?: AbortSignal } = {}): Promise<AuthDomain[]> {
  return listOf<AuthDomain>(session, "domains", "domains", options.signal);
}

/** The systems the token may be scoped to (keystoneclient's `auth.systems()`): `[{ all: true }]` or `[]`. */
export function listAuthSystems(
  session: Session,
  options: { signal?: AbortSignal } = {},
): Promise<Record<string, unknown>[]> {
  return listOf<Record<string, unknown>>(session, "system", "system", options.signal);
}

/** Projects, domains and system at once, for a "choose a project" page. */
export async function availableScopes(
  session: Session,
  options: { signal?: AbortSignal } = {},
): Promise<AvailableScopes> {
  const [projects, domains, systems] = await Promise.all([
    listAuthProjects(session, options),
    listAuthDomains(session, options),
    listAuthSystems(session, options),
  ]);
  return { projects, domains, system: systems.some((system) => system["all"] === true) };
}

/**
 * A plugin whose tokens are the session's token re-scoped to `target`: no secret asked
 * again. Each renewal takes the session's current token, so it lasts as long as the
 * session can log in again (a password session renews; a token-only one ends at its token's expiry).
 */
export function rescopedAuth(session: Session, target: RescopeTarget): RescopedAuth {
  const authUrl = session.tokens.plugin.authUrl;
  if (!authUrl) throw new ConfigError("re-scoping needs an auth plugin with an authUrl");
  return new RescopedAuth({ ...target, authUrl, token: (signal) => session.authorize(signal) });
}

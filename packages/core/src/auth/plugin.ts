import type { CatalogService } from "../catalog/catalog.js";

export interface NamedRef {
  id: string;
  name?: string;
  domain?: { id?: string; name?: string };
}

/** What a successful authentication yields. Only `token` is a secret. */
export interface AuthResult {
  /** Sent as `X-Auth-Token`. Absent for auth type `none`. */
  token?: string;
  expiresAt?: Date;
  catalog?: CatalogService[];
  user?: NamedRef;
  project?: NamedRef;
  domain?: NamedRef;
  system?: Record<string, unknown>;
  roles?: { id: string; name?: string }[];
  /**
   * Send the token as `Authorization: Bearer` too: a Keystone OAuth 2.0 access token, which
   * services behind keystonemiddleware's `oauth2_token` filter read only from there.
   */
  bearer?: boolean;
}

/** What a login request may add to a plain POST. */
export interface AuthPostOptions {
  /** Extra request headers: `Openstack-Auth-Receipt` when completing a multi-factor login. */
  headers?: Record<string, string>;
  /**
   * Answer a 401 with its Response instead of an error: Keystone's multi-factor answer (an
   * auth receipt) is a 401 whose header and body the plugin must read.
   */
  unauthorizedAsResponse?: boolean;
  /** Statuses answered with their Response instead of an error: an OAuth 2.0 error body (RFC 6749) is the plugin's to read. */
  answerStatuses?: readonly number[];
  /** Sent as `application/x-www-form-urlencoded` instead of the JSON body: an OAuth 2.0 token request. */
  form?: Record<string, string> | URLSearchParams;
  /** Answer every 4xx with its Response: an OAuth 2.0 provider's refusal is JSON the plugin reads. */
  clientErrorsAsResponse?: boolean;
}

/** What a login GET may add: the headers of a token validation (`X-Auth-Token`, `X-Subject-Token`). */
export interface AuthGetOptions {
  headers?: Record<string, string>;
}

/** How a plugin talks to Keystone: JSON in, the raw Response out, errors already typed. */
export interface AuthTransport {
  post(url: string, json: unknown, signal?: AbortSignal, options?: AuthPostOptions): Promise<Response>;
  get(url: string, signal?: AbortSignal, options?: AuthGetOptions): Promise<Response>;
}

/**
 * An authentication method. Any object with this shape can be given as `authenticator`.
 * Plugins keep their secrets in private fields so neither `JSON.stringify` nor a
 * debugger's object view shows them.
 */
export interface AuthPlugin {
  /** The identity endpoint; the token may be sent here. Absent for plugins without one. */
  readonly authUrl?: string | undefined;
  authenticate(transport: AuthTransport, signal?: AbortSignal): Promise<AuthResult>;
}

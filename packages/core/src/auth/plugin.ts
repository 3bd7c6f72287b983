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
}

/** How a plugin talks to Keystone: JSON in, the raw Response out, errors already typed. */
export interface AuthTransport {
  post(url: string, json: unknown, signal?: AbortSignal, options?: AuthPostOptions): Promise<Response>;
  get(url: string, signal?: AbortSignal): Promise<Response>;
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

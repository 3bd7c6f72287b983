import { ConfigError } from "../errors/sdk-errors.js";
import { OpenStackError } from "../errors/openstack-error.js";
import { segment } from "../http/path.js";

export interface WebSsoUrlOptions {
  /** Keystone's v3 URL (`http://keystone:5000/v3`); an unversioned one gets `/v3`. */
  authUrl: string;
  /** The federation protocol (`openid`, `saml2`, `mapped`). */
  protocol: string;
  /**
   * The identity provider, to go straight to it; without one Keystone finds it from the
   * remote id the web server in front of it sets (one provider per protocol).
   */
  identityProvider?: string | undefined;
  /**
   * Where Keystone POSTs the token back: the dashboard's callback URL, exactly as it is in
   * Keystone's `[federation] trusted_dashboard` (Keystone refuses any other with a 401).
   */
  origin: string;
}

/** An absolute http(s) URL, or a ConfigError naming the option. */
function absolute(value: string, option: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`WebSSO: ${option} must be an absolute URL, got '${value}'`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ConfigError(`WebSSO: ${option} must be an http or https URL, got '${value}'`);
  return url;
}

/**
 * The URL to send a person's browser to for single sign-on: Keystone's
 * `/v3/auth/OS-FEDERATION/websso/{protocol}`, or `…/identity_providers/{idp}/protocols/{protocol}/websso`,
 * with `origin`. After the provider's login, Keystone answers with a page that POSTs the
 * unscoped token to `origin` (see `acceptWebSsoToken`).
 */
export function webSsoUrl(options: WebSsoUrlOptions): string {
  const base = absolute(options.authUrl, "authUrl");
  absolute(options.origin, "origin");
  let path = base.pathname.replace(/\/+$/, "");
  if (!/\/v3$/.test(path)) path = `${path}/v3`;
  const protocol = segment(options.protocol, "WebSSO protocol (e.g. 'openid')", "string");
  path +=
    options.identityProvider !== undefined
      ? `/auth/OS-FEDERATION/identity_providers/${segment(options.identityProvider, "WebSSO identityProvider", "string")}/protocols/${protocol}/websso`
      : `/auth/OS-FEDERATION/websso/${protocol}`;
  const url = new URL(path, base.origin);
  url.searchParams.set("origin", options.origin);
  return url.toString();
}

/** Why a WebSSO callback was refused: the request, never the token. */
export class WebSsoCallbackError extends OpenStackError {
  override name = "WebSsoCallbackError";
  /** HTTP status a handler should answer with: 405 wrong method, 415 not a form, 400 no token, 403 another origin. */
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

export interface AcceptWebSsoOptions {
  /**
   * Origins whose pages may post the token (the `Origin` header a browser sends): Keystone's.
   * A post from any other origin is refused, so no other site can log a person in as
   * someone else. A request without `Origin` (not from a browser) is accepted.
   */
  keystoneOrigins: readonly string[];
}

/** Fernet and JWS tokens are a few hundred characters; the bound stops an abusive post early. */
const MAX_TOKEN_LENGTH = 8192;

/**
 * Reads the token Keystone's WebSSO page POSTs to the dashboard (form field `token`), from a
 * fetch-style `Request`: a Node, Deno or Bun server's, or a service worker's. Resolves to the
 * token (unscoped: list and choose a scope with it next); anything else rejects with
 * `WebSsoCallbackError`, whose `status` the handler can answer with.
 */
export async function acceptWebSsoToken(request: Request, options: AcceptWebSsoOptions): Promise<string> {
  const allowed = new Set(options.keystoneOrigins.map((origin) => absolute(origin, "keystoneOrigins").origin));
  if (allowed.size === 0) throw new ConfigError("WebSSO: keystoneOrigins is empty: name Keystone's origin");
  if (request.method !== "POST")
    throw new WebSsoCallbackError(`WebSSO callback: expected Keystone's POST, got ${request.method}`, 405);
  const origin = request.headers.get("origin");
  if (origin !== null && !allowed.has(origin)) {
    throw new WebSsoCallbackError(
      `WebSSO callback: posted from ${origin}, not from Keystone (${[...allowed].join(", ")})`,
      403,
    );
  }
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded" && type !== "multipart/form-data") {
    throw new WebSsoCallbackError(
      `WebSSO callback: expected a form (application/x-www-form-urlencoded), got ${type || "no content type"}`,
      415,
    );
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new WebSsoCallbackError("WebSSO callback: the form could not be read", 400);
  }
  const token = form.get("token");
  if (typeof token !== "string" || token === "")
    throw new WebSsoCallbackError("WebSSO callback: the form has no token field", 400);
  if (token.length > MAX_TOKEN_LENGTH || /[^A-Za-z0-9_.=-]/.test(token)) {
    throw new WebSsoCallbackError(
      `WebSSO callback: the token field is not a Keystone token (${token.length} characters)`,
      400,
    );
  }
  return token;
}

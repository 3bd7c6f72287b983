import type { NormalizedOptions } from "ky";
import type { TokenManager } from "../auth/token-manager.js";
import { httpErrorFor } from "../errors/http-error.js";
import { OpenStackError } from "../errors/openstack-error.js";
import { requestIdOf } from "../http/error-body.js";
import { redactUrl, type Logger } from "../log/logger.js";
import { guardBody } from "./guarded-body.js";
import { TOKEN } from "./hooks.js";
import { contextOf } from "./request-context.js";

/** The parts of a session an exchange needs. */
export interface ExchangeHost {
  readonly tokens: TokenManager;
  readonly logger: Logger | undefined;
  readonly timeout: number | false;
  isTrusted(url: string): boolean;
  noteRequestId(id: string): void;
  /** The options the hooks saw for this request, if they saw it. */
  optionsOf(request: Request): NormalizedOptions | undefined;
  /** Sends the request again, once, after re-authentication. */
  resend(request: Request, options: NormalizedOptions): Promise<Response> | undefined;
  /** Sends the request on to where a redirect points (a trusted origin), the way fetch would. */
  follow(request: Request, options: NormalizedOptions, target: string, status: number): Promise<Response>;
}

type Fetch = (input: Request, init?: RequestInit) => Promise<Response>;

const REDIRECTS = [301, 302, 303, 307, 308];

/**
 * The `fetch` the session gives ky: the real one, then, before ky sees the answer, the
 * request id noted and logged, the one re-authentication after a 401, redirects of
 * requests carrying a secret, and the body guard. This is not an `afterResponse` hook on
 * purpose: ky hands every such hook its own clone of the response (a tee of the body, then
 * a cancelled branch), which cost more CPU per request than everything else the session
 * adds (bench/requests).
 */
export function exchangeWith(host: ExchangeHost, fetchFn: Fetch): Fetch {
  return async (request, init) => {
    const started = Date.now();
    const response = await fetchFn(request, init);
    const id = requestIdOf(response.headers);
    if (id) host.noteRequestId(id);
    host.logger?.debug?.(`${request.method} ${redactUrl(request.url)} -> ${response.status}`, { requestId: id, ms: Date.now() - started });
    const options = host.optionsOf(request);
    if (options !== undefined) {
      const replaced = reauthenticated(host, request, response, options) ?? redirected(host, request, response, options);
      if (replaced !== undefined) {
        void response.body?.cancel().catch(() => undefined);
        return replaced;
      }
    }
    return guardBody(response, { method: request.method, url: request.url, requestId: id, idle: host.timeout });
  };
}

/** After a 401 to a request that carried the token: one re-authentication, one resend. */
function reauthenticated(host: ExchangeHost, request: Request, response: Response, options: NormalizedOptions): Promise<Response> | undefined {
  if (response.status !== 401) return undefined;
  const used = request.headers.get(TOKEN);
  if (used === null || contextOf(options).reauthenticated) return undefined;
  host.logger?.info?.(`Token rejected by ${redactUrl(request.url)}; re-authenticating once`);
  host.tokens.invalidate(used);
  return host.resend(request, options);
}

/**
 * Requests carrying a secret are sent with `redirect: "manual"` (see Session.request): fetch
 * would follow a redirect anywhere with our headers, the token included.
 */
function redirected(host: ExchangeHost, request: Request, response: Response, options: NormalizedOptions): Promise<Response> | undefined {
  if (request.redirect !== "manual") return undefined;
  const method = request.method;
  const url = redactUrl(request.url);
  if (response.type === "opaqueredirect") {
    throw new OpenStackError(`${method} ${url} was redirected, and a browser hides where to: an authenticated redirect is not followed`);
  }
  const location = response.headers.get("location");
  if (!REDIRECTS.includes(response.status) || location === null) return undefined;
  let target: string | undefined;
  try {
    target = new URL(location, request.url).toString();
  } catch {
    target = undefined;
  }
  if (target !== undefined && host.isTrusted(target)) return host.follow(request, options, target, response.status);
  throw httpErrorFor({
    status: response.status,
    method,
    url,
    requestId: requestIdOf(response.headers),
    serverMessage: `redirected to ${redactUrl(target ?? location)}, not an auth or catalog endpoint: not followed`,
  });
}

import { isHTTPError, isNetworkError, isTimeoutError, type Hooks, type NormalizedOptions } from "ky";
import type { TokenManager } from "../auth/token-manager.js";
import { httpErrorFor } from "../errors/http-error.js";
import { OpenStackError } from "../errors/openstack-error.js";
import { NetworkError, TimeoutError } from "../errors/sdk-errors.js";
import { requestIdOf, serverCodeOf, serverMessageOf } from "../http/error-body.js";
import { REDACTED, redactUrl, type Logger } from "../log/logger.js";
import { guardBody } from "./guarded-body.js";
import { contextOf } from "./request-context.js";

/** The parts of a session its hooks need. */
export interface HookHost {
  readonly tokens: TokenManager;
  readonly logger: Logger | undefined;
  readonly globalRequestId: string | undefined;
  readonly userAgent: string | undefined;
  readonly timeout: number | false;
  isTrusted(url: string): boolean;
  noteRequestId(id: string): void;
  /** Sends the request again, once, after re-authentication. */
  resend(request: Request, options: NormalizedOptions): Promise<Response> | undefined;
  /** Sends the request on to where a redirect points (a trusted origin), the way fetch would. */
  follow(request: Request, options: NormalizedOptions, target: string, status: number): Promise<Response>;
}

const TOKEN = "X-Auth-Token";
const REDIRECTS = [301, 302, 303, 307, 308];

/**
 * Every cross-cutting behaviour of a request, in one fixed order: token, microversion,
 * request id and user agent on the way out; request id capture, logging and the one
 * re-authentication after a 401 on the way back; our error classes for every failure.
 */
export function sessionHooks(host: HookHost): Hooks {
  const setToken = async (request: Request, options: NormalizedOptions) => {
    if (!contextOf(options).authenticated) return;
    const { token } = await host.tokens.access(options.signal ?? undefined);
    if (token === undefined) return;
    if (host.isTrusted(request.url)) request.headers.set(TOKEN, token);
    else {
      request.headers.delete(TOKEN);
      host.logger?.warn?.(`Not sending the token to ${redactUrl(request.url)}: not an auth or catalog endpoint`);
    }
  };

  return {
    beforeRequest: [
      ({ request, options }) => setToken(request, options),
      ({ request, options }) => {
        const version = contextOf(options).microversion;
        if (!version) return;
        request.headers.set("OpenStack-API-Version", `${version.service} ${version.value}`);
        if (version.legacyHeader) request.headers.set(version.legacyHeader, version.value);
      },
      ({ request, options }) => {
        if (host.globalRequestId) request.headers.set("X-OpenStack-Request-ID", host.globalRequestId);
        if (host.userAgent) request.headers.set("User-Agent", host.userAgent);
        contextOf(options).startedAt ??= Date.now();
      },
    ],
    // A retry reuses the first request, so refresh its token: it may have been replaced meanwhile.
    beforeRetry: [
      async ({ request, options, error, retryCount }) => {
        host.logger?.info?.(`Retrying ${request.method} ${redactUrl(request.url)} (attempt ${retryCount + 1}) after ${describe(error)}`);
        await setToken(request, options);
      },
    ],
    afterResponse: [
      ({ request, response, options }) => {
        const id = requestIdOf(response.headers);
        if (id) host.noteRequestId(id);
        const started = contextOf(options).startedAt;
        host.logger?.debug?.(`${request.method} ${redactUrl(request.url)} -> ${response.status}`, {
          requestId: id,
          ms: started === undefined ? undefined : Date.now() - started,
        });
      },
      ({ request, response, options }) => {
        const context = contextOf(options);
        const used = request.headers.get(TOKEN);
        if (response.status !== 401 || used === null || context.reauthenticated) return;
        host.logger?.info?.(`Token rejected by ${redactUrl(request.url)}; re-authenticating once`);
        host.tokens.invalidate(used);
        return host.resend(request, options);
      },
      // Requests carrying a secret are sent with `redirect: "manual"` (see Session.request):
      // fetch would follow a redirect anywhere with our headers, the token included.
      ({ request, response, options }) => {
        if (request.redirect !== "manual") return;
        const method = request.method;
        const url = redactUrl(request.url);
        if (response.type === "opaqueredirect") {
          throw new OpenStackError(`${method} ${url} was redirected, and a browser hides where to: an authenticated redirect is not followed`);
        }
        const location = response.headers.get("location");
        if (!REDIRECTS.includes(response.status) || location === null) return;
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
      },
      ({ request, response }) =>
        guardBody(response, { method: request.method, url: redactUrl(request.url), requestId: requestIdOf(response.headers), idle: host.timeout }),
    ],
    beforeError: [
      ({ error, request }) => {
        if (error instanceof OpenStackError) return error;
        const method = request.method;
        const url = redactUrl(request.url);
        // Never keep ky's error as `cause`: it holds the request, with its token and body.
        if (isHTTPError(error)) {
          const retryAfter = retryAfterSeconds(error.response.headers.get("retry-after"));
          return httpErrorFor({
            status: error.response.status,
            method,
            url,
            requestId: requestIdOf(error.response.headers),
            serverMessage: withoutSecretsOf(request, serverMessageOf(error.data)),
            serverCode: serverCodeOf(error.data),
            retryAfter,
          });
        }
        if (isTimeoutError(error)) {
          return new TimeoutError(`${method} ${url} got no response within ${host.timeout} ms`, { method, url });
        }
        if (isNetworkError(error)) {
          const cause = error.cause as { message?: string; cause?: { code?: string; message?: string } } | undefined;
          const reason = cause?.cause?.code ?? cause?.cause?.message ?? cause?.message ?? "network error";
          return new NetworkError(`${method} ${url} failed: ${reason}`, { method, url, cause: cause?.cause ?? cause });
        }
        return error;
      },
    ],
  };
}

function describe(error: Error): string {
  return isHTTPError(error) ? `status ${error.response.status}` : error.name;
}

/** `Retry-After` in seconds, whether the service sent delay-seconds or an HTTP date. */
function retryAfterSeconds(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Math.ceil((Date.parse(value) - Date.now()) / 1000);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/**
 * A server message with the request's own secrets taken out: Keystone repeats a token it
 * cannot find ("Could not find token: …"), and an error must never carry one.
 */
function withoutSecretsOf(request: Request, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  let clean = message;
  for (const name of ["x-subject-token", "x-auth-token"]) {
    const secret = request.headers.get(name);
    if (secret) clean = clean.split(secret).join(REDACTED);
  }
  return clean;
}

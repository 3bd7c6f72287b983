import { isHTTPError, isNetworkError, isTimeoutError, type Hooks, type NormalizedOptions } from "ky";
import type { TokenManager } from "../auth/token-manager.js";
import { httpErrorFor } from "../errors/http-error.js";
import { OpenStackError } from "../errors/openstack-error.js";
import { NetworkError, TimeoutError } from "../errors/sdk-errors.js";
import { requestIdOf, serverCodeOf, serverMessageOf } from "../http/error-body.js";
import { REDACTED, redactUrl, type Logger } from "../log/logger.js";
import { contextOf } from "./request-context.js";

/** The parts of a session its hooks need. */
export interface HookHost {
  readonly tokens: TokenManager;
  readonly logger: Logger | undefined;
  readonly globalRequestId: string | undefined;
  readonly userAgent: string | undefined;
  readonly timeout: number | false;
  isTrusted(url: string): boolean;
  /** The request, headers set, is about to go out with these options (see ./exchange.ts). */
  sending(request: Request, options: NormalizedOptions): void;
}

/** The header that carries the token. */
export const TOKEN = "X-Auth-Token";

/**
 * The cross-cutting behaviour ky runs around a request: token, microversion, request id
 * and user agent on the way out; the token refreshed before a retry; our error classes
 * for every failure. What happens to a response before ky sees it (request id, log, the
 * one re-authentication after a 401, redirects, the body guard) is ./exchange.ts.
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
    // One hook, not three: ky awaits each hook on its own, and every request pays for each.
    beforeRequest: [
      async ({ request, options }) => {
        await setToken(request, options);
        const version = contextOf(options).microversion;
        if (version) {
          request.headers.set("OpenStack-API-Version", `${version.service} ${version.value}`);
          if (version.legacyHeader) request.headers.set(version.legacyHeader, version.value);
        }
        if (host.globalRequestId) request.headers.set("X-OpenStack-Request-ID", host.globalRequestId);
        if (host.userAgent) request.headers.set("User-Agent", host.userAgent);
        host.sending(request, options);
      },
    ],
    // A retry reuses the first request, so refresh its token: it may have been replaced meanwhile.
    beforeRetry: [
      async ({ request, options, error, retryCount }) => {
        host.logger?.info?.(`Retrying ${request.method} ${redactUrl(request.url)} (attempt ${retryCount + 1}) after ${describe(error)}`);
        await setToken(request, options);
        host.sending(request, options);
      },
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

import { httpErrorFor } from "../errors/http-error.js";
import { OpenStackError } from "../errors/openstack-error.js";
import { requestIdOf } from "../http/error-body.js";
import { redactUrl } from "../log/logger.js";
import { BodyGuard, guardBody } from "./guarded-body.js";
import { bodyToResend, carriedIn, type Carried } from "./request-context.js";
import { putHeaders, putToken, TOKEN } from "./request-headers.js";
import type { SessionParts } from "./session-parts.js";

const REDIRECTS = [301, 302, 303, 307, 308];

/**
 * The `fetch` the session gives ky: the session's headers and the token put on, the real
 * fetch, then, before ky sees the answer, the one re-authentication and resend after a
 * 401, the redirects of requests that carry a secret, and the body guard. ky's `timeout`
 * spans all of it; ky's `retry` calls it again, and the headers go on again (a retry is a
 * copy ky made of the request before they were put on, and the token may have changed).
 *
 * Not an `afterResponse` hook on purpose: ky hands every such hook its own clone of the
 * response (a tee of the body, then a cancelled branch), which cost more CPU per request
 * than everything else the session adds (bench/requests).
 */
export function fetchStep(parts: SessionParts): (request: Request, init?: RequestInit) => Promise<Response> {
  return async (first, init) => {
    const carried = carriedIn(init);
    // The real fetch gets what else ky hands on (fetch-only options such as `dispatcher`),
    // never the carried body. ky makes `init` afresh for each attempt: it is ours to change
    // (emptied rather than deleted: a `delete` costs every request more).
    if (init) (init as { openstack?: Carried }).openstack = undefined;
    const headersOn = putHeaders(first, carried.context, parts);
    if (headersOn) await headersOn;
    // An answer may call for one more request: the resend after a 401 (once), or the next
    // hop of a redirect (at most five). The last answer goes back to ky, its body guarded.
    let request = first;
    let reauthenticated = false;
    let redirects = 0;
    for (;;) {
      const started = Date.now();
      const response = await parts.fetch(request, init);
      const requestId = requestIdOf(response.headers);
      if (requestId) parts.noteRequestId(requestId);
      // One debug line per request sent, without secrets: the URL is redacted.
      parts.logger?.debug?.(`${request.method} ${redactUrl(request.url)} -> ${response.status}`, {
        requestId,
        ms: Date.now() - started,
      });
      let next = reauthenticated ? undefined : afterUnauthorized(parts, request, response, carried);
      if (next !== undefined) reauthenticated = true;
      else {
        next = afterRedirect(parts, request, response, carried, redirects + 1);
        if (next !== undefined) redirects++;
      }
      if (next === undefined) return guardBody(response, new BodyGuard(request, requestId, parts.timeout));
      void response.body?.cancel().catch(() => undefined);
      request = await next;
    }
  };
}

/**
 * After a 401 to a request that carried the token: forget that token, authenticate again
 * (single-flight: a burst of 401s makes one authentication, see TokenManager) and send the
 * request once more. A streamed body was spent and cannot be sent again: the call fails
 * and says so, but the token is forgotten all the same, or the caller's second try (with a
 * new stream) would carry the refused token again and fail the same way.
 */
function afterUnauthorized(
  parts: SessionParts,
  request: Request,
  response: Response,
  carried: Carried,
): Promise<Request> | undefined {
  if (response.status !== 401) return undefined;
  const used = request.headers.get(TOKEN);
  if (used === null) return undefined;
  const url = redactUrl(request.url);
  parts.tokens.invalidate(used);
  const body = bodyToResend(carried);
  if (body instanceof ReadableStream)
    throw httpErrorFor({
      status: 401,
      method: request.method,
      url,
      requestId: requestIdOf(response.headers),
      serverMessage:
        "the token was refused (expired or revoked) while a stream was being sent; a stream cannot be sent twice, so call again with a new one: the next call authenticates afresh",
    });
  parts.logger?.info?.(`Token rejected by ${url}; re-authenticating once`);
  return sendAgain(parts, carried, request, request.url, {
    method: request.method,
    headers: request.headers,
    body,
    redirect: request.redirect,
  });
}

/**
 * Requests carrying a secret are sent with `redirect: "manual"` (see Session.request): fetch
 * would follow a redirect anywhere with our headers, the token included. They follow one
 * here, the way fetch would, only to a trusted origin and at most five times.
 */
function afterRedirect(
  parts: SessionParts,
  request: Request,
  response: Response,
  carried: Carried,
  hop: number,
): Promise<Request> | undefined {
  // Most answers are no redirect: known by their status alone (a browser's hidden one has 0).
  const { status } = response;
  if (status !== 0 && !REDIRECTS.includes(status)) return undefined;
  const { method, redirect } = request;
  const opaque = response.type === "opaqueredirect";
  const location = response.headers.get("location");
  if (redirect !== "manual" || (!opaque && (status === 0 || location === null))) return undefined;
  const url = redactUrl(request.url);
  if (opaque || location === null) {
    throw new OpenStackError(
      `${method} ${url} was redirected, and a browser hides where to: an authenticated redirect is not followed`,
    );
  }
  let target: string | undefined;
  try {
    target = new URL(location, request.url).href;
  } catch {
    // Not a URL: refused below, as a redirect anywhere else is.
  }
  if (target === undefined || !parts.isTrusted(target)) {
    throw httpErrorFor({
      status: response.status,
      method,
      url,
      requestId: requestIdOf(response.headers),
      serverMessage: `redirected to ${redactUrl(target ?? location)}, not an auth or catalog endpoint: not followed`,
    });
  }
  if (hop > 5) throw new OpenStackError(`${method} ${url}: more than 5 redirects`);
  // As fetch does: 303, and 301/302 after a POST, become a GET without a body.
  const toGet = response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST");
  const body = toGet ? undefined : bodyToResend(carried);
  if (body instanceof ReadableStream)
    throw new OpenStackError(`${method} ${url} was redirected, and a streamed body cannot be sent again`);
  const headers = new Headers(request.headers);
  headers.delete(TOKEN);
  if (toGet) headers.delete("Content-Type");
  return sendAgain(parts, carried, request, target, {
    method: toGet ? "GET" : method,
    headers,
    body,
    redirect: "manual",
  });
}

/** A new request to `url`, under the first one's signal, with the token put on anew where it may go. */
function sendAgain(
  parts: SessionParts,
  carried: Carried,
  first: Request,
  url: string,
  init: RequestInit,
): Promise<Request> {
  const again = new Request(url, { ...init, signal: first.signal });
  return Promise.resolve(putToken(again, carried.context, parts)).then(() => again);
}

import type { AuthResult } from "../auth/plugin.js";
import { redactUrl } from "../log/logger.js";
import type { RequestContext } from "./request-context.js";
import type { SessionParts } from "./session-parts.js";

/** The header that carries the token. */
export const TOKEN = "X-Auth-Token";

/**
 * The token on `request`, if its context asks for it and its origin is trusted (the auth
 * URL, the token's catalog, an endpoint override); otherwise no token at all. The only
 * place the token goes on: the fetch step calls it before every send (the first, each
 * retry, the resend after a 401, each redirect followed). Authenticates first if there is
 * no valid token; a valid one goes on without waiting (most requests).
 */
export function putToken(request: Request, context: RequestContext, parts: SessionParts): Promise<void> | undefined {
  if (!context.authenticated) return undefined;
  const usable = parts.tokens.usable;
  if (usable) return void tokenOn(request, usable, parts);
  return parts.tokens.access(request.signal).then((access) => tokenOn(request, access, parts));
}

function tokenOn(request: Request, { token, bearer }: AuthResult, parts: SessionParts): void {
  if (token === undefined) return;
  if (parts.isTrusted(request.url)) {
    request.headers.set(TOKEN, token);
    if (bearer) request.headers.set("Authorization", `Bearer ${token}`);
  } else {
    request.headers.delete(TOKEN);
    if (bearer) request.headers.delete("Authorization");
    parts.logger?.warn?.(`Not sending the token to ${redactUrl(request.url)}: not an auth or catalog endpoint`);
  }
}

/**
 * Every header the session adds to a request before it is sent: the token (above), the
 * microversion, the global request id, the user agent. Called by the fetch step, not from
 * ky's `beforeRequest`: a hook costs every request ky's frozen copy of its options and two
 * more promises (bench/tools/ky-options.mjs; the figures are in BENCHMARKS.md, session 26).
 */
export function putHeaders(request: Request, context: RequestContext, parts: SessionParts): Promise<void> | undefined {
  const version = context.microversion;
  if (version) {
    request.headers.set("OpenStack-API-Version", `${version.service} ${version.value}`);
    if (version.legacyHeader) request.headers.set(version.legacyHeader, version.value);
  }
  if (parts.globalRequestId) request.headers.set("X-OpenStack-Request-ID", parts.globalRequestId);
  if (parts.userAgent) request.headers.set("User-Agent", parts.userAgent);
  return putToken(request, context, parts);
}

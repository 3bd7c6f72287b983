import type { BeforeRequestHook } from "ky";
import { redactUrl } from "../log/logger.js";
import { carriedIn, type RequestContext } from "./request-context.js";
import type { SessionParts } from "./session-parts.js";

/** The header that carries the token. */
export const TOKEN = "X-Auth-Token";

/**
 * The token on `request`, if its context asks for it and its origin is trusted (the auth
 * URL, the token's catalog, an endpoint override); otherwise no token at all. The only
 * place the token goes on: before the first send, before a retry, before a resend after a
 * 401 and before a redirect is followed. Authenticates first if there is no valid token.
 */
export async function putToken(
  request: Request,
  context: RequestContext,
  parts: SessionParts,
  signal: AbortSignal | undefined,
): Promise<void> {
  if (!context.authenticated) return;
  const { token, bearer } = await parts.tokens.access(signal);
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
 * ky's `beforeRequest`: token, microversion, request id and user agent. One hook, not
 * four: ky awaits each hook on its own, and every request pays for each.
 */
export function requestHeaders(parts: SessionParts): BeforeRequestHook {
  return async ({ request, options }) => {
    const { context } = carriedIn(options);
    await putToken(request, context, parts, options.signal ?? undefined);
    const version = context.microversion;
    if (version) {
      request.headers.set("OpenStack-API-Version", `${version.service} ${version.value}`);
      if (version.legacyHeader) request.headers.set(version.legacyHeader, version.value);
    }
    if (parts.globalRequestId) request.headers.set("X-OpenStack-Request-ID", parts.globalRequestId);
    if (parts.userAgent) request.headers.set("User-Agent", parts.userAgent);
  };
}

import {
  clientFor,
  HttpError,
  httpErrorFor,
  InvalidArgumentError,
  NotFoundError,
  parseItem,
  RateLimitError,
  REDACTED,
  unwrap,
  type ServiceRequestOptions,
  type SessionOrClient,
} from "@openstack-ts/core";
import { identityService } from "../descriptor.js";
import { Token } from "./token.js";

type Call = { signal?: AbortSignal | undefined };
const PATH = "auth/tokens";

/**
 * Validates `token` (GET /v3/auth/tokens with it in `X-Subject-Token`) and returns what
 * Keystone knows of it: user, scope, roles, expiry, catalog. A token that is not valid
 * (expired, revoked, unknown) is a `NotFoundError`. The caller's own token authorizes the
 * call: an admin may validate any token, a user their own.
 */
export async function validateToken(
  target: SessionOrClient,
  token: string,
  options: Call & { nocatalog?: boolean; allow_expired?: boolean } = {},
): Promise<Token> {
  const { signal, nocatalog, allow_expired } = options;
  const searchParams: Record<string, string> = {};
  // Keystone reads `nocatalog` by its presence, whatever its value: send it only when asked for.
  if (nocatalog) searchParams["nocatalog"] = "";
  if (allow_expired) searchParams["allow_expired"] = "1";
  const response = await send(target, "GET", token, { signal, searchParams });
  const url = response.url || PATH;
  return parseItem(Token, unwrap(await response.json(), "token", url), url, "token");
}

/** Whether `token` is valid (HEAD /v3/auth/tokens): true, or false for an invalid one. */
export async function checkToken(target: SessionOrClient, token: string, options: Call = {}): Promise<boolean> {
  try {
    await send(target, "HEAD", token, { signal: options.signal });
    return true;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}

/**
 * Revokes `token` at once (DELETE /v3/auth/tokens). A token that is already not valid is
 * fine unless `ignoreMissing: false`, as for every delete.
 */
export async function revokeToken(
  target: SessionOrClient,
  token: string,
  options: Call & { ignoreMissing?: boolean } = {},
): Promise<void> {
  const { signal, ignoreMissing = true } = options;
  try {
    await send(target, "DELETE", token, { signal });
  } catch (error) {
    if (!(ignoreMissing && error instanceof NotFoundError)) throw error;
  }
}

/**
 * One request about `token`. Core's logger already hides `X-Subject-Token`; the error is
 * cleaned here, because Keystone repeats the token in some 404 messages ("Could not find
 * token: …") and an HttpError carries the server's message.
 */
async function send(
  target: SessionOrClient,
  method: "GET" | "HEAD" | "DELETE",
  token: string,
  options: ServiceRequestOptions,
): Promise<Response> {
  if (typeof token !== "string" || token.trim() === "") {
    // Never the value itself: it is a secret even when malformed.
    throw new InvalidArgumentError(
      `a token must be a non-empty string, got ${token === "" ? "an empty string" : typeof token}`,
    );
  }
  try {
    return await clientFor(target, identityService).request(method, PATH, {
      ...options,
      headers: { "X-Subject-Token": token },
    });
  } catch (error) {
    throw withoutToken(error, token);
  }
}

function withoutToken(error: unknown, token: string): unknown {
  if (!(error instanceof HttpError) || !`${error.message} ${error.serverMessage ?? ""} ${error.url}`.includes(token))
    return error;
  const hide = (text: string) => text.split(token).join(REDACTED);
  return httpErrorFor({
    status: error.status,
    method: error.method,
    url: hide(error.url),
    requestId: error.requestId,
    serverMessage: error.serverMessage === undefined ? undefined : hide(error.serverMessage),
    retryAfter: error instanceof RateLimitError ? error.retryAfter : undefined,
  });
}

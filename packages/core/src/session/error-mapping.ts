import { isHTTPError, isNetworkError, isTimeoutError, type BeforeErrorHook } from "ky";
import { httpErrorFor } from "../errors/http-error.js";
import { OpenStackError } from "../errors/openstack-error.js";
import { ResponseValidationError } from "../errors/response-validation-error.js";
import { NetworkError, TimeoutError } from "../errors/sdk-errors.js";
import { requestIdOf, serverCodeOf, serverMessageOf } from "../http/error-body.js";
import { REDACTED, redactUrl } from "../log/logger.js";

/**
 * ky's `beforeError`: every failure becomes one of our classes, naming the request. Never
 * with ky's error as `cause`: it holds the request, with its token and body.
 */
export function toOpenStackError(timeout: number | false): BeforeErrorHook {
  return ({ error, request }) => {
    if (error instanceof OpenStackError) return error;
    const method = request.method;
    const url = redactUrl(request.url);
    if (isHTTPError(error)) {
      return httpErrorFor({
        status: error.response.status,
        method,
        url,
        requestId: requestIdOf(error.response.headers),
        serverMessage: withoutSecretsOf(request, serverMessageOf(error.data)),
        serverCode: serverCodeOf(error.data),
        retryAfter: retryAfterSeconds(error.response.headers.get("retry-after")),
      });
    }
    if (isTimeoutError(error)) {
      return new TimeoutError(`${method} ${url} got no response within ${timeout} ms`, { method, url });
    }
    if (isNetworkError(error)) {
      const cause = error.cause as { message?: string; cause?: { code?: string; message?: string } } | undefined;
      const reason = cause?.cause?.code ?? cause?.cause?.message ?? cause?.message ?? "network error";
      return new NetworkError(`${method} ${url} failed: ${reason}`, { method, url, cause: cause?.cause ?? cause });
    }
    return error;
  };
}

/**
 * A body's JSON; a body that is not JSON is a bad response naming the request, not a
 * SyntaxError. Called by the body guard's `json()` (./guarded-body.ts), so every way of
 * reading JSON from a session's response maps it, with no per-request hook.
 */
export function jsonOf(
  text: string,
  headers: Headers,
  request: { method: string; url: string; requestId: string | undefined },
): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const type = headers.get("content-type") ?? "no content type";
    throw new ResponseValidationError({
      url: redactUrl(request.url),
      method: request.method,
      requestId: request.requestId,
      field: "body",
      problem:
        text.trim() === "" ? `is empty, expected JSON (${type})` : `is not JSON (${type}, ${text.length} characters)`,
    });
  }
}

/** `Retry-After` in seconds, whether the service sent delay-seconds or an HTTP date. */
function retryAfterSeconds(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = /^\s*\d+(\.\d+)?\s*$/.test(value)
    ? Number(value)
    : Math.ceil((Date.parse(value) - Date.now()) / 1000);
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

import ky, { type KyInstance } from "ky";
import type { TokenManager } from "../auth/token-manager.js";
import type { Logger } from "../log/logger.js";
import { parseJsonBody, toOpenStackError } from "./error-mapping.js";
import { fetchStep } from "./fetch-step.js";
import { requestHeaders } from "./request-headers.js";
import { beforeRetry, kyRetry, type RetryOptions } from "./retry.js";

/**
 * One request's way, in the order it happens, each step a ky option or hook:
 *
 * 1. `Session.request` (./session.ts): the call's context (token or not, microversion) and
 *    its body ride with the request as the `openstack` option (./request-context.ts).
 * 2. `beforeRequest` (./request-headers.ts): the token, for trusted origins only; the
 *    microversion, the global request id, the user agent.
 * 3. `fetch` (./fetch-step.ts): the real fetch, its request id noted and a debug line;
 *    after a 401, one single-flight re-authentication and one resend; redirects of
 *    requests carrying a secret followed to trusted origins only, at most five.
 * 4. the body guard (./guarded-body.ts), put on the answer by the fetch step: a body that
 *    stalls or is cut off fails with a typed error.
 * 5. `retry` and `beforeRetry` (./retry.ts): idempotent methods only, backoff and
 *    `Retry-After`; the token put on again before each retry. ky's `timeout` bounds each
 *    attempt (steps 3 and 4's head).
 * 6. `beforeError` and `parseJson` (./error-mapping.ts): every failure one of our error
 *    classes, without ky's error (it holds the token) and with secrets taken out.
 */
export function requestWay(parts: SessionParts, retries: RetryOptions | number | false | undefined): KyInstance {
  return ky.create({
    hooks: { beforeRequest: [requestHeaders(parts)], beforeRetry: [beforeRetry(parts)], beforeError: [toOpenStackError(parts.timeout)] },
    fetch: fetchStep(parts) as typeof fetch,
    retry: kyRetry(retries),
    timeout: parts.timeout,
    parseJson: parseJsonBody,
  });
}

/** What the steps take from the session that owns them. */
export interface SessionParts {
  readonly tokens: TokenManager;
  readonly logger: Logger | undefined;
  /** Per attempt, in ms; also the longest quiet spell of a body. `false` for none. */
  readonly timeout: number | false;
  readonly globalRequestId: string | undefined;
  readonly userAgent: string | undefined;
  /** The auth URL, the token's catalog, an endpoint override: where the token may go. */
  isTrusted(url: string): boolean;
  noteRequestId(id: string): void;
  /** The runtime's fetch, or the one the session was given. */
  fetch(request: Request, init?: RequestInit): Promise<Response>;
}

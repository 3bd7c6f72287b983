import ky, { type KyInstance } from "ky";
import { toOpenStackError } from "./error-mapping.js";
import { fetchStep } from "./fetch-step.js";
import { beforeRetry, kyRetry, type RetryOptions } from "./retry.js";
import type { SessionParts } from "./session-parts.js";

/**
 * One request's way, in the order it happens; each step is a ky option or hook, or is
 * called by one:
 *
 * 1. `Session.request` (./session.ts): the call's context (token or not, microversion) and
 *    its body ride with the request as the `openstack` option (./request-context.ts).
 * 2. The headers (./request-headers.ts), put on by the fetch step before each send: the
 *    token, for trusted origins only; the microversion, the global request id, the user
 *    agent. Not a `beforeRequest` hook: ky runs each hook through a frozen copy of its
 *    options and two more promises, on every request (bench/tools/ky-options.mjs).
 * 3. `fetch` (./fetch-step.ts): the real fetch, its request id noted, a debug line; after
 *    a 401, one re-authentication (single-flight, ../auth/token-manager.ts) and one
 *    resend; redirects of requests carrying a secret, to trusted origins only, at most five.
 * 4. the body guard (./guarded-body.ts), put on the last answer by the fetch step: a body
 *    that stalls or is cut off fails with a typed error, and one read as JSON that is not
 *    JSON is a `ResponseValidationError` (`jsonOf`, from step 6's file). ky's `timeout`
 *    bounds step 3 (the wait for an answer's head); the guard bounds each quiet spell of
 *    the body. Not ky's `parseJson`: that adds a closure to every response, and would map
 *    only the JSON read through ky's own shortcut.
 * 5. `retry` and `beforeRetry` (./retry.ts): idempotent methods only, with backoff and
 *    `Retry-After`; steps 2 to 4 run again (the token may have changed meanwhile).
 * 6. `beforeError` (./error-mapping.ts): every failure one of our error
 *    classes, never with ky's error as cause (it holds the token), secrets taken out.
 */
export function requestWay(parts: SessionParts, retries: RetryOptions | number | false | undefined): KyInstance {
  return ky.create({
    hooks: {
      beforeRetry: [beforeRetry(parts)], // 5
      beforeError: [toOpenStackError(parts.timeout)], // 6
    },
    fetch: fetchStep(parts) as typeof fetch, // 3 and 4
    timeout: parts.timeout,
    retry: kyRetry(retries), // 5
  });
}

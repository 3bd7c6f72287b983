import { isHTTPError, type BeforeRetryHook, type RetryOptions as KyRetryOptions } from "ky";
import { redactUrl } from "../log/logger.js";
import type { SessionParts } from "./session-parts.js";

/** How idempotent requests are retried. Every field has a sensible default. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  limit?: number;
  /** Statuses worth another try. Default 408, 429, 500, 502, 503, 504. */
  statusCodes?: number[];
  /** First backoff in ms, doubled each attempt, with jitter. Default 250. */
  baseDelay?: number;
  /** Ceiling for one backoff in ms. Default 10 000. */
  maxDelay?: number;
  /** Ceiling for a server's `Retry-After`, in ms. Default 60 000. */
  maxRetryAfter?: number;
}

/**
 * Our retry policy in ky's terms; `false` or `0` turns retries off. Only methods that are
 * idempotent by definition are retried, which is ky's own default (GET, HEAD, PUT, DELETE,
 * OPTIONS, TRACE, QUERY), as is which statuses honour `Retry-After` (413, 429, 503): those
 * two are left to ky, since ky copies every key of this policy on every request. POST and
 * PATCH are never sent twice: once they may have reached the server, a second copy could
 * act twice.
 */
export function kyRetry(options: RetryOptions | number | false | undefined): KyRetryOptions {
  if (options === false) return { limit: 0 };
  const config: RetryOptions = typeof options === "number" ? { limit: options } : (options ?? {});
  const base = config.baseDelay ?? 250;
  return {
    limit: config.limit ?? 3,
    statusCodes: config.statusCodes ?? [408, 429, 500, 502, 503, 504],
    maxRetryAfter: config.maxRetryAfter ?? 60_000,
    backoffLimit: config.maxDelay ?? 10_000,
    delay: (attempt) => base * 2 ** (attempt - 1),
    // Half fixed, half random: spreads a herd of clients without ever retrying at once.
    jitter: (delay) => delay / 2 + Math.random() * (delay / 2),
  };
}

/**
 * ky's `beforeRetry`: a line for the log. The token goes on again in the fetch step, which
 * every attempt passes through.
 */
export function beforeRetry(parts: SessionParts): BeforeRetryHook {
  return ({ request, error, retryCount }) => {
    const after = isHTTPError(error) ? `status ${error.response.status}` : error.name;
    parts.logger?.info?.(
      `Retrying ${request.method} ${redactUrl(request.url)} (attempt ${retryCount + 1}) after ${after}`,
    );
  };
}

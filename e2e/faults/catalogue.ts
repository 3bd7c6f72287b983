// Every fault the matrix injects, and what the SDK must make of it for each kind of call.
import {
  NetworkError,
  objectStore,
  type OpenStackError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
} from "@openstack-ts/openstack";
import type { CallKind } from "./calls.js";
import type { Fault } from "./proxy.js";

export type Outcome =
  /** The call succeeds after `attempts` requests for the faulted URL (2: the fault, then the retry). */
  | { ok: true; attempts: number }
  | {
      ok: false;
      error: abstract new (...args: never[]) => OpenStackError;
      status?: number;
      /** Whether the error carries the request id the client got (the response head had one). */
      requestId: boolean;
      /** A check of the error beyond its class. */
      detail?: (error: Record<string, unknown>) => void;
    };

export interface FaultCase {
  name: string;
  fault: () => Fault;
  /** The server saw the request (it acted, for a POST) before the fault. */
  forwarded: boolean;
  /** Needs the connection with a short timeout. */
  slow?: boolean;
  expect(call: CallKind): Outcome;
}

const idempotent = (call: CallKind) => call.method !== "POST";
const retried: Outcome = { ok: true, attempts: 2 };

/** A transient status: idempotent calls retry and succeed; a POST fails once, typed. */
function transient(status: number, error: Extract<Outcome, { ok: false }>) {
  return (call: CallKind): Outcome => (idempotent(call) ? retried : { ...error, status });
}

const loadBalancerPage =
  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

export const faultCases: readonly FaultCase[] = [
  ...[500, 502, 503, 504].map(
    (status): FaultCase => ({
      // The server acted and its answer was lost on the way: the worst case for a POST.
      name: `${status} after the server acted`,
      fault: () => ({ kind: "status", status, forward: true }),
      forwarded: true,
      expect: transient(status, { ok: false, error: ServerError, requestId: true }),
    }),
  ),
  {
    name: "429 without Retry-After",
    fault: () => ({ kind: "status", status: 429 }),
    forwarded: false,
    expect: transient(429, {
      ok: false,
      error: RateLimitError,
      requestId: true,
      detail: (e) => expectEqual(e["retryAfter"], undefined),
    }),
  },
  {
    name: "429 with Retry-After in seconds",
    fault: () => ({
      kind: "status",
      status: 429,
      headers: { "retry-after": "7", "x-openstack-request-id": "req-00000000-0000-4000-8000-000000000429" },
    }),
    forwarded: false,
    expect: transient(429, {
      ok: false,
      error: RateLimitError,
      requestId: true,
      detail: (e) => expectEqual(e["retryAfter"], 7),
    }),
  },
  {
    name: "429 with Retry-After as an HTTP date",
    fault: () => ({
      kind: "status",
      status: 429,
      headers: {
        "retry-after": new Date(Date.now() + 30_000).toUTCString(),
        "x-openstack-request-id": "req-00000000-0000-4000-8000-000000000430",
      },
    }),
    forwarded: false,
    expect: transient(429, {
      ok: false,
      error: RateLimitError,
      requestId: true,
      detail: (e) =>
        expectTrue(
          typeof e["retryAfter"] === "number" && e["retryAfter"] > 20 && e["retryAfter"] <= 31,
          `retryAfter ${String(e["retryAfter"])}`,
        ),
    }),
  },
  {
    name: "an HTML error page from a load balancer",
    fault: () => ({ kind: "status", status: 502, headers: { server: "nginx" }, body: loadBalancerPage }),
    forwarded: false,
    expect: transient(502, {
      ok: false,
      error: ServerError,
      requestId: false,
      detail: (e) => expectEqual(e["serverMessage"], "502 Bad Gateway 502 Bad Gateway nginx"),
    }),
  },
  {
    name: "the connection reset before the body was sent",
    fault: () => ({ kind: "reset-before-body" }),
    forwarded: false,
    expect: (call) => (idempotent(call) ? retried : { ok: false, error: NetworkError, requestId: false }),
  },
  {
    name: "the connection reset after the body was sent",
    fault: () => ({ kind: "reset-after-body" }),
    forwarded: true,
    expect: (call) => (idempotent(call) ? retried : { ok: false, error: NetworkError, requestId: false }),
  },
  {
    // A timeout is final, whatever the method: the caller decides whether to try again.
    name: "an answer slower than the timeout",
    fault: () => ({ kind: "withhold" }),
    forwarded: true,
    slow: true,
    expect: () => ({ ok: false, error: TimeoutError, requestId: false }),
  },
  {
    name: "a body that stops half-way",
    fault: () => ({ kind: "stall-body" }),
    forwarded: true,
    slow: true,
    expect: (call) =>
      call.readsBody ? { ok: false, error: TimeoutError, requestId: true } : { ok: true, attempts: 1 },
  },
  {
    name: "a truncated body",
    fault: () => ({ kind: "truncate" }),
    forwarded: true,
    expect: (call) =>
      call.readsBody ? { ok: false, error: NetworkError, requestId: true } : { ok: true, attempts: 1 },
  },
  {
    name: "a body that is not JSON",
    fault: () => ({
      kind: "replace-body",
      body: "<html><body>Welcome to the captive portal</body></html>",
      contentType: "application/json",
    }),
    forwarded: true,
    expect: (call) => {
      if (!call.readsBody) return { ok: true, attempts: 1 };
      // A download is bytes, not JSON: other bytes than Swift's ETag promises fail its MD5 check.
      if (call.name === "download") return { ok: false, error: objectStore.ObjectChecksumError, requestId: false };
      return { ok: false, error: ResponseValidationError, requestId: true };
    },
  },
  {
    // The token dies between two requests (mid-list for `list`): one re-authentication, one resend, even for a POST (a 401 did nothing).
    name: "the token revoked",
    fault: () => ({ kind: "revoke-token" }),
    forwarded: false,
    expect: () => ({ ok: true, attempts: 2 }),
  },
];

function expectEqual(actual: unknown, expected: unknown): void {
  if (actual !== expected) throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(`unexpected: ${what}`);
}

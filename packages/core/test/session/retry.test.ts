import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { NoAuth } from "../../src/auth/static.js";
import { NetworkError } from "../../src/errors/sdk-errors.js";
import { RateLimitError, ServerError, UnauthorizedError } from "../../src/errors/http-error.js";
import type { RetryOptions } from "../../src/session/retry.js";
import { Session } from "../../src/session/session.js";
import { mockServer } from "../support/server.js";

const URL_ = "http://service.test/v1/things";
const server = mockServer();

type Reply = () => Response;
const unavailable: Reply = () => HttpResponse.json({ message: "try later" }, { status: 503 });
const ok: Reply = () => HttpResponse.json({ things: [] });

/** Answers each attempt with the next reply (the last one repeats), counting attempts. */
function serve(...replies: Reply[]) {
  let attempts = 0;
  server.use(http.all(URL_, () => replies[Math.min(attempts++, replies.length - 1)]!()));
  return () => attempts;
}

// Tiny backoff so the tests do not wait; the Retry-After tests use a huge one instead.
const session = (retries: RetryOptions | number | false = { baseDelay: 1 }) =>
  new Session({ auth: new NoAuth(), retries });

describe("retries", () => {
  it("retries a GET once after a 503, then succeeds", async () => {
    const attempts = serve(unavailable, ok);
    const response = await session().request(URL_);
    expect(response.status).toBe(200);
    expect(attempts()).toBe(2);
  });

  it("retries a GET after a network error", async () => {
    const attempts = serve(() => HttpResponse.error(), ok);
    expect((await session().request(URL_)).status).toBe(200);
    expect(attempts()).toBe(2);
  });

  it("gives up after the limit with the last error", async () => {
    const attempts = serve(unavailable);
    await expect(session({ baseDelay: 1, limit: 2 }).request(URL_)).rejects.toBeInstanceOf(ServerError);
    expect(attempts()).toBe(3);
  });

  it("never retries a POST, nor a PATCH, on a 503", async () => {
    const attempts = serve(unavailable, ok);
    await expect(session().request(URL_, { method: "post", json: { thing: {} } })).rejects.toBeInstanceOf(ServerError);
    expect(attempts()).toBe(1);
    const patchAttempts = serve(unavailable, ok);
    await expect(session().request(URL_, { method: "patch", json: {} })).rejects.toBeInstanceOf(ServerError);
    expect(patchAttempts()).toBe(1);
  });

  it("never retries a POST after a network error", async () => {
    const attempts = serve(() => HttpResponse.error(), ok);
    await expect(session().request(URL_, { method: "post", json: {} })).rejects.toBeInstanceOf(NetworkError);
    expect(attempts()).toBe(1);
  });

  it("retries a PUT and a DELETE, which are idempotent", async () => {
    const attempts = serve(unavailable, ok);
    expect((await session().request(URL_, { method: "put", json: { thing: { name: "x" } } })).status).toBe(200);
    expect(attempts()).toBe(2);
    const deleteAttempts = serve(unavailable, ok);
    expect((await session().request(URL_, { method: "delete" })).status).toBe(200);
    expect(deleteAttempts()).toBe(2);
  });

  it("does not retry a 4xx other than 429", async () => {
    const attempts = serve(() => HttpResponse.json({}, { status: 409 }), ok);
    await expect(session().request(URL_)).rejects.toThrow(/returned 409/);
    expect(attempts()).toBe(1);
  });

  it("makes one attempt with retries: false", async () => {
    const attempts = serve(unavailable, ok);
    await expect(session(false).request(URL_)).rejects.toBeInstanceOf(ServerError);
    expect(attempts()).toBe(1);
  });
});

// With a backoff of a minute, only a honoured Retry-After lets these finish within the test timeout.
const slowBackoff: RetryOptions = { baseDelay: 60_000, maxDelay: 60_000 };

describe("Retry-After", () => {
  it("waits the seconds a 503 asks for instead of the backoff", async () => {
    const attempts = serve(() => HttpResponse.json({}, { status: 503, headers: { "Retry-After": "1" } }), ok);
    expect((await session(slowBackoff).request(URL_)).status).toBe(200);
    expect(attempts()).toBe(2);
  });

  it("waits until the HTTP date a 429 names", async () => {
    const when = new Date(Date.now() + 1_000).toUTCString();
    const attempts = serve(() => HttpResponse.json({}, { status: 429, headers: { "Retry-After": when } }), ok);
    expect((await session(slowBackoff).request(URL_)).status).toBe(200);
    expect(attempts()).toBe(2);
  });

  it("caps a long Retry-After at maxRetryAfter", async () => {
    const attempts = serve(() => HttpResponse.json({}, { status: 503, headers: { "Retry-After": "3600" } }), ok);
    expect((await session({ ...slowBackoff, maxRetryAfter: 5 }).request(URL_)).status).toBe(200);
    expect(attempts()).toBe(2);
  });

  it("reports the wait a final 429 asked for on RateLimitError", async () => {
    serve(() => HttpResponse.json({ message: "slow down" }, { status: 429, headers: { "Retry-After": "30" } }));
    const error = await session(false)
      .request(URL_)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(30);
  });

  it("reports an HTTP-date Retry-After of a final 429 in seconds too", async () => {
    const when = new Date(Date.now() + 30_000).toUTCString();
    serve(() => HttpResponse.json({ message: "slow down" }, { status: 429, headers: { "Retry-After": when } }));
    const error = (await session(false)
      .request(URL_)
      .catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBeGreaterThanOrEqual(29);
    expect(error.retryAfter).toBeLessThanOrEqual(30);
  });
});

describe("a retry", () => {
  it("carries the token current at the retry, not the first attempt's, and is logged", async () => {
    const sent: (string | null)[] = [];
    const info: unknown[] = [];
    let issued = 0;
    const retrying: Session = new Session({
      auth: { authUrl: "http://service.test/v3", authenticate: async () => ({ token: `tok-${++issued}` }) },
      retries: { baseDelay: 1 },
      logger: { info: (message) => void info.push(message) },
      fetch: async (input, init) => {
        sent.push(new Request(input, init).headers.get("x-auth-token"));
        if (sent.length > 1) return Response.json({ things: [] });
        // The token is replaced while the first attempt is out.
        retrying.tokens.invalidate();
        return new Response(null, { status: 503 });
      },
    });
    expect((await retrying.request(URL_, { context: { authenticated: true } })).status).toBe(200);
    expect(sent).toEqual(["tok-1", "tok-2"]);
    expect(info).toEqual([`Retrying GET ${URL_} (attempt 2) after status 503`]);
  });

  // The token goes on in the fetch step, inside ky's retry: a GET whose login could not reach
  // Keystone is a GET that met a network error, and is tried again, logging in again. A login
  // refused is final, and a POST is never sent twice, whatever stopped it.
  const loggingIn = (outcomes: (() => Promise<{ token: string }>)[]) => {
    let logins = 0;
    const sent: string[] = [];
    const session = new Session({
      auth: {
        authUrl: "http://service.test/v3",
        authenticate: () => outcomes[Math.min(logins++, outcomes.length - 1)]!(),
      },
      retries: { baseDelay: 1 },
      fetch: async (input, init) => {
        sent.push(new Request(input, init).headers.get("x-auth-token") ?? "none");
        return Response.json({ things: [] });
      },
    });
    return { session, sent, logins: () => logins };
  };
  const unreachable = async () => {
    const url = "http://keystone.test/v3/auth/tokens";
    throw new NetworkError(`POST ${url} failed: ECONNREFUSED`, { method: "POST", url });
  };

  it("logs in again when a GET's login met a network error, and sends it once logged in", async () => {
    const { session: retrying, sent, logins } = loggingIn([unreachable, async () => ({ token: "tok-1" })]);
    expect((await retrying.request(URL_, { context: { authenticated: true } })).status).toBe(200);
    expect(logins()).toBe(2);
    expect(sent).toEqual(["tok-1"]);
  });

  it("does not log in again for a POST, nor after a refused login", async () => {
    const post = loggingIn([unreachable, async () => ({ token: "tok-1" })]);
    await expect(
      post.session.request(URL_, { method: "post", json: {}, context: { authenticated: true } }),
    ).rejects.toBeInstanceOf(NetworkError);
    expect([post.logins(), post.sent]).toEqual([1, []]);
    const refused = loggingIn([
      async () => {
        throw new UnauthorizedError({ status: 401, method: "POST", url: "http://keystone.test/v3/auth/tokens" });
      },
    ]);
    await expect(refused.session.request(URL_, { context: { authenticated: true } })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect([refused.logins(), refused.sent]).toEqual([1, []]);
  });
});

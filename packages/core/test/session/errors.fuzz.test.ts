import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AuthPlugin } from "../../src/auth/plugin.js";
import { HttpError, RateLimitError } from "../../src/errors/http-error.js";
import { OpenStackError } from "../../src/errors/openstack-error.js";
import { ServiceClient } from "../../src/service/service-client.js";
import { jsonText, jsonValue, prototypesUntouched, RUNS, urlishString } from "../support/fuzz.js";
import { Session } from "../../src/session/session.js";

// Whole answers (status, headers, body) as any server or proxy could send them, through a
// session's hooks: every failure is one of our errors, carrying status, method and URL, and
// a catalog of any shape never breaks a request.
const NET = "http://network.test:9696";
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what must be taken out
const headerSafe = (value: string) => value.replace(/[\u0000\r\n]/g, "").trim();
const retryAfter = fc.oneof(
  fc.nat().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.string({ maxLength: 12 }),
  urlishString,
);
const answer = fc.record({
  status: fc.integer({ min: 200, max: 599 }),
  body: fc.oneof(
    jsonText,
    fc.string({ maxLength: 60 }),
    fc.constant("<html><body><h1>502 Bad Gateway</h1></body></html>"),
  ),
  requestId: fc.option(fc.stringMatching(/^[\x21-\x7e]{1,40}$/), { nil: undefined }),
  retryAfter: fc.option(retryAfter.map(headerSafe), { nil: undefined }),
  location: fc.option(fc.oneof(fc.webUrl(), urlishString).map(headerSafe), { nil: undefined }),
  contentType: fc.constantFrom("application/json", "text/html", "text/plain", ""),
});
const catalog = fc.oneof(jsonValue, fc.constant([{ type: "network", endpoints: [{ url: NET, interface: "public" }] }]));

describe("a session's answers, fuzzed", { timeout: 300_000 }, () => {
  it(`turn every failure into an SDK error with status, method and URL (${RUNS} answers)`, async () => {
    await fc.assert(
      fc.asyncProperty(answer, catalog, async (a, extra) => {
        const fetchFn = async () => {
          const headers = new Headers();
          if (a.contentType) headers.set("content-type", a.contentType);
          if (a.requestId) headers.set("x-openstack-request-id", a.requestId);
          if (a.retryAfter) headers.set("retry-after", a.retryAfter);
          if (a.location) headers.set("location", a.location);
          return new Response([204, 205, 304].includes(a.status) ? null : a.body, { status: a.status, headers });
        };
        const services = [
          { type: "network", endpoints: [{ url: NET, interface: "public" }] },
          ...(Array.isArray(extra) ? extra : [extra]),
        ];
        const auth: AuthPlugin = {
          authUrl: "http://keystone.test/v3",
          authenticate: async () => ({ token: "t", catalog: services as never }),
        };
        const session = new Session({ auth, fetch: fetchFn, retries: false });
        const network = new ServiceClient(session, { type: "network", discovery: false });
        try {
          await network.get("networks").json();
          expect(a.status).toBeLessThan(400);
        } catch (error) {
          expect(error).toBeInstanceOf(OpenStackError);
          if (a.status >= 400) {
            expect(error).toBeInstanceOf(HttpError);
            expect(error).toMatchObject({
              status: a.status,
              method: "GET",
              url: `${NET}/networks`,
              requestId: a.requestId,
            });
          }
          if (error instanceof RateLimitError && error.retryAfter !== undefined)
            expect(error.retryAfter).toBeGreaterThan(0);
        }
        return prototypesUntouched();
      }),
      { numRuns: RUNS },
    );
  });
});

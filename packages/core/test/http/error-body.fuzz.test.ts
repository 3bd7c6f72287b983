import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonObjectWith, jsonText, jsonValue, prototypesUntouched, RUNS } from "../support/fuzz.js";
import { requestIdOf, serverCodeOf, serverMessageOf } from "../../src/http/error-body.js";

// Error bodies as services, proxies and load balancers send them: JSON of every shape, JSON
// inside JSON (Ironic), HTML, plain text, and nonsense.
const html = fc
  .tuple(
    fc.string({ maxLength: 30 }),
    fc.constantFrom("<script>x</script>", "<style>", "&#x27;", "&#99999999;", "&bogus;", "<", "<h1>", "&amp;"),
  )
  .map(([text, tag]) => `<html>${tag}${text}${tag}</html>`);
const body = fc.oneof(
  jsonValue,
  jsonText,
  html,
  fc.string(),
  jsonObjectWith({
    error_message: jsonText,
    errors: fc.array(jsonObjectWith({ detail: jsonValue, title: jsonValue, code: jsonValue })),
    NeutronError: jsonObjectWith({ message: jsonValue, type: jsonValue }),
  }),
);
const token = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,20}$/);
const headerValue = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,30}[\x21-\x7e])?$/);
const headers = fc.array(
  fc.tuple(
    fc.oneof(fc.constantFrom("x-openstack-request-id", "x-compute-request-id", "x-trans-id", "retry-after"), token),
    headerValue,
  ),
  { maxLength: 6 },
);

describe("error bodies and headers, fuzzed", { timeout: 300_000 }, () => {
  it(`give a message of at most 500 characters, or none, for any body (${RUNS} bodies)`, () => {
    fc.assert(
      fc.property(body, (value) => {
        const message = serverMessageOf(value);
        if (message !== undefined) {
          expect(typeof message).toBe("string");
          expect(message.length).toBeLessThanOrEqual(500);
          expect(message.trim()).not.toBe("");
        }
        const code = serverCodeOf(value);
        expect(code === undefined || typeof code === "string").toBe(true);
        return prototypesUntouched();
      }),
      { numRuns: RUNS },
    );
  });

  it(`read a request id from any headers (${RUNS} header sets)`, () => {
    fc.assert(
      fc.property(headers, (pairs) => {
        const headers = new Headers(pairs);
        const id = requestIdOf(headers);
        const known = ["x-openstack-request-id", "x-compute-request-id", "x-trans-id"]
          .map((name) => headers.get(name))
          .filter((v) => v !== null);
        expect(id).toBe(known[0] ?? undefined);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("a hostile error page", () => {
  // Within the default test timeout: reading it once cost time in the square of its length.
  it("of a million unclosed tags is read", () => {
    for (const page of ["<a".repeat(500_000), "<script".repeat(150_000), `<h1>${"<".repeat(1_000_000)}`]) {
      expect(typeof serverMessageOf(page)).toBe("string");
    }
  });
});

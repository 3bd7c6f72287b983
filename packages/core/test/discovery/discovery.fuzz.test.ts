import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OpenStackError } from "../../src/errors/openstack-error.js";
import { jsonObjectWith, jsonValue, prototypesUntouched, RUNS, urlishString } from "../support/fuzz.js";
import { resolveEndpoint } from "../../src/discovery/resolve-endpoint.js";
import { parseVersionDocument } from "../../src/discovery/version-document.js";

// Version documents as any server, proxy or error page could answer them.
const entry = jsonObjectWith({
  id: fc.oneof(fc.constantFrom("v2.0", "v2.1", "v3.14", "v1", "latest", "v99999999999999999999.1"), jsonValue),
  status: fc.oneof(fc.constantFrom("CURRENT", "stable", "SUPPORTED", "DEPRECATED"), jsonValue),
  links: fc.oneof(
    fc.array(
      jsonObjectWith({
        rel: fc.constantFrom("self", "describedby"),
        href: fc.oneof(fc.webUrl(), urlishString, jsonValue),
      }),
      { maxLength: 3 },
    ),
    jsonValue,
  ),
  version: fc.oneof(fc.constantFrom("2.93", "", "3.70"), jsonValue),
  max_version: fc.oneof(fc.constantFrom("1.39", "x"), jsonValue),
  min_version: fc.oneof(fc.constantFrom("1.0", ""), jsonValue),
});
const document = fc.oneof(
  jsonObjectWith({
    versions: fc.oneof(
      fc.array(entry, { maxLength: 4 }),
      jsonObjectWith({ values: fc.array(entry, { maxLength: 4 }) }),
      jsonValue,
    ),
  }),
  jsonObjectWith({ version: fc.oneof(entry, jsonValue) }),
  jsonValue,
);
const catalogUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true }),
  urlishString,
  fc.constantFrom("http://h.test:8776/v3/abc", "http://h.test/placement", "http://h.test:8774/v2.1"),
);

describe("discovery, fuzzed", { timeout: 300_000 }, () => {
  it(`parses any document into versions with numbers and absolute URLs, or none (${RUNS} documents)`, () => {
    fc.assert(
      fc.property(document, catalogUrl, (body, url) => {
        for (const version of parseVersionDocument(body, url)) {
          expect(Number.isInteger(version.major) && Number.isInteger(version.minor)).toBe(true);
          if (version.url !== undefined) expect(() => new URL(version.url!)).not.toThrow();
        }
        return prototypesUntouched();
      }),
      { numRuns: RUNS },
    );
  });

  it(`resolves any catalog URL and documents to a URL on the catalog's origin, or an SDK error (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        catalogUrl,
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        fc.array(document, { minLength: 1, maxLength: 3 }),
        async (url, major, documents) => {
          let served = 0;
          const load = async (at: string) => parseVersionDocument(documents[served++ % documents.length], at);
          try {
            const resolved = await resolveEndpoint(url, major, load);
            expect(new URL(resolved.url).origin).toBe(new URL(url).origin);
          } catch (error) {
            expect(error).toBeInstanceOf(OpenStackError);
          }
          return prototypesUntouched();
        },
      ),
      { numRuns: RUNS },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OpenStackError } from "../../src/errors/openstack-error.js";
import { jsonObjectWith, jsonValue, prototypesUntouched, RUNS, urlishString } from "../support/fuzz.js";
import { findNextLink, resolveNextLink } from "../../src/resource/next-link.js";
import { paginate } from "../../src/resource/paginate.js";

// Pagination as a broken, looping or hostile server could do it.
const link = fc.oneof(fc.webUrl({ withQueryParameters: true }), urlishString, fc.string({ maxLength: 20 }));
const links = fc.oneof(
  fc.array(jsonObjectWith({ rel: fc.constantFrom("next", "self", "previous"), href: fc.oneof(link, jsonValue) }), {
    maxLength: 3,
  }),
  jsonObjectWith({ next: fc.oneof(link, jsonValue), self: link }),
  jsonValue,
);
const item = fc.oneof(
  jsonObjectWith({
    id: fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), jsonValue),
    name: jsonValue,
    toString: jsonValue,
    valueOf: jsonValue,
  }),
  jsonValue,
);
const page = fc.oneof(
  jsonObjectWith({
    items: fc.oneof(fc.array(item, { maxLength: 4 }), jsonValue),
    items_links: links,
    links,
    next: fc.oneof(link, jsonValue),
    truncated: jsonValue,
  }),
  fc.array(item, { maxLength: 4 }),
  jsonValue,
);
// Header values cannot hold NUL, CR or LF.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what must be taken out
const headerSafe = (value: string) => value.replace(/[\u0000\r\n]/g, "");
const linkHeader = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 40 }).map(headerSafe),
  fc
    .tuple(link, fc.constantFrom('rel="next"', "rel=next", 'rel="prev"', ""))
    .map(([href, rel]) => headerSafe(`<${href.replace(/>/g, "")}>; ${rel}`)),
);
const base = fc.oneof(
  fc.webUrl(),
  fc.constantFrom("http://127.0.0.1:9696/v2.0", "http://127.0.0.1:9292/v2/", "http://h.test/image/v2"),
);
const headersOf = (value: string | null) => new Headers(value === null ? [] : [["link", value]]);

describe("pagination, fuzzed", { timeout: 300_000 }, () => {
  it(`finds a next link, or none, in any body and Link header (${RUNS} pages)`, () => {
    fc.assert(
      fc.property(page, linkHeader, fc.constantFrom("items", undefined), (body, header, key) => {
        const next = findNextLink(body, headersOf(header), key);
        expect(next === undefined || typeof next === "string").toBe(true);
        return prototypesUntouched();
      }),
      { numRuns: RUNS },
    );
  });

  it(`resolves any next link onto the service's own origin, or refuses it with an SDK error (${RUNS} links)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          link,
          fc.constantFrom("//evil.test/v2.0/networks", "///evil.test/x", "/\\evil.test/x", "http:evil.test/x"),
        ),
        base,
        (next, baseUrl) => {
          try {
            expect(new URL(resolveNextLink(next, baseUrl)).origin).toBe(new URL(baseUrl).origin);
          } catch (error) {
            expect(error).toBeInstanceOf(OpenStackError);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`ends on any finite server, after at most one request per page it can serve (${RUNS} servers)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(link, page, linkHeader), { minLength: 1, maxLength: 6 }),
        base,
        fc.constantFrom("links" as const, "marker" as const, "none" as const),
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        async (pages, baseUrl, style, limit) => {
          const served = new Map(
            pages.map(([url, body, header]) => [safeResolve(url, baseUrl), { body, headers: headersOf(header) }]),
          );
          let requests = 0;
          const firstUrl =
            [...served.keys()].find((u) => u !== undefined) ?? new URL("items", `${baseUrl}/`).toString();
          try {
            for await (const items of paginate<unknown>({
              firstUrl,
              baseUrl,
              itemsKey: "items",
              style,
              markerField: ["id", "name"],
              limit,
              fetchPage: async (url) => {
                requests++;
                if (requests > served.size + 2)
                  throw new Error(`pagination did not stop: request ${requests} to ${url}`);
                return served.get(url) ?? { body: { items: [] }, headers: new Headers() };
              },
              parse: (raw) => raw,
            })) {
              expect(Array.isArray(items)).toBe(true);
            }
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

function safeResolve(link: string, base: string): string | undefined {
  try {
    return resolveNextLink(link, base);
  } catch {
    return undefined;
  }
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AmbiguousEndpointError, EndpointNotFoundError } from "../../src/errors/sdk-errors.js";
import { jsonObjectWith, jsonValue, prototypesUntouched, RUNS, urlishString } from "../support/fuzz.js";
import { selectEndpoint, substituteProjectId, type CatalogService } from "../../src/catalog/catalog.js";

// A token's catalog comes from the server as it is: endpoints missing, URLs of any kind,
// keys like __proto__. Choosing an endpoint gives a URL, an EndpointNotFoundError, or (no region
// asked, several offered) an AmbiguousEndpointError, nothing else.
const endpoint = jsonObjectWith({
  url: fc.oneof(fc.webUrl(), urlishString, jsonValue),
  interface: fc.oneof(fc.constantFrom("public", "internal", "admin", "publicURL", "internalURL"), jsonValue),
  region: fc.oneof(fc.constantFrom("RegionOne", "RegionTwo"), jsonValue),
  region_id: fc.oneof(fc.constantFrom("RegionOne", "RegionTwo"), jsonValue),
});
const service = jsonObjectWith({
  type: fc.oneof(
    fc.constantFrom("network", "compute", "block-storage", "volumev3", "identity", "__proto__"),
    jsonValue,
  ),
  endpoints: fc.oneof(fc.array(endpoint, { maxLength: 4 }), jsonValue),
});
const catalog = fc.oneof(fc.array(fc.oneof(service, jsonValue), { maxLength: 5 }), jsonValue);
const query = fc.record({
  serviceType: fc.constantFrom("network", "compute", "block-storage", "volume", "identity", "constructor", "__proto__"),
  interface: fc.option(
    fc.oneof(
      fc.constantFrom("public", "internal", "admin"),
      fc.array(fc.constantFrom("public", "internal", "admin", "publicURL")),
    ),
    { nil: undefined },
  ),
  region: fc.option(fc.constantFrom("RegionOne", "RegionTwo", "regionone"), { nil: undefined }),
});

describe("selectEndpoint, fuzzed", { timeout: 300_000 }, () => {
  it(`gives a URL from the catalog or a typed error, for any catalog (${RUNS} catalogs)`, () => {
    fc.assert(
      fc.property(catalog, query, (services, wanted) => {
        try {
          const url = selectEndpoint(services as CatalogService[], wanted);
          expect(typeof url).toBe("string");
          expect(JSON.stringify(services)).toContain(JSON.stringify(url).slice(1, -1));
        } catch (error) {
          if (error instanceof AmbiguousEndpointError) expect(wanted.region).toBeUndefined();
          else expect(error).toBeInstanceOf(EndpointNotFoundError);
        }
        return prototypesUntouched();
      }),
      { numRuns: RUNS },
    );
  });

  it(`fills the project id into any string (${RUNS} URLs)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), urlishString, fc.webUrl()),
        fc.option(fc.string(), { nil: undefined }),
        (url, project) => {
          expect(typeof substituteProjectId(url, project)).toBe("string");
        },
      ),
      { numRuns: RUNS },
    );
  });
});

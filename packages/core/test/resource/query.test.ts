import { fakeKeystone, sessionFor } from "../support/keystone.js";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../src/errors/sdk-errors.js";
import { defineResource } from "../../src/resource/define-resource.js";
import { sortFilters, tagFilters } from "../../src/resource/filters.js";
import { mockServer } from "../support/server.js";

// How list filters become a query string: repeated parameters, comma-separated tag
// filters, and presence flags.
const ROOT = "http://gadget.test:8100";
const server = mockServer();

const gadgets = defineResource({
  service: { type: "gadget", discovery: false },
  path: "gadgets",
  singular: "Gadget",
  plural: "Gadgets",
  key: "gadget",
  pluralKey: "gadgets",
  schema: v.looseObject({ id: v.string(), enabled: v.optional(v.boolean()) }),
  verbs: ["list"],
  query: ["id", "enabled"],
  filters: { ...tagFilters, ...sortFilters, effective: v.boolean() },
  flags: ["effective"],
});

async function queryOf(filters: Record<string, unknown>): Promise<string> {
  const keystone = fakeKeystone({ services: { gadget: { url: ROOT } } });
  const queries: string[] = [];
  server.use(
    ...keystone.handlers,
    http.get(`${ROOT}/gadgets`, ({ request }) => {
      queries.push(new URL(request.url).search);
      return HttpResponse.json({ gadgets: [] });
    }),
  );
  await gadgets.list(sessionFor(keystone), filters as never);
  return queries[0]!;
}

describe("list filters", () => {
  it("repeats a list filter, except the tag filters, which are one comma-separated value", async () => {
    expect(await queryOf({ id: ["a", "b"], tags: ["red", "blue"], "not-tags-any": ["x"] })).toBe(
      "?id=a&id=b&tags=red%2Cblue&not-tags-any=x",
    );
  });

  it("sends a flag bare when true and leaves it out when false; plain booleans stay values", async () => {
    expect(await queryOf({ effective: true, enabled: false })).toBe("?effective=&enabled=false");
    expect(await queryOf({ effective: false })).toBe("");
  });

  it("refuses a flag that is not a boolean and a filter value that is an object", async () => {
    await expect(queryOf({ effective: "yes" })).rejects.toThrow(InvalidArgumentError);
    await expect(queryOf({ id: { nested: 1 } })).rejects.toThrow(/must be a string, number or boolean/);
  });

  it("checks a declared filter's value against its schema, and names every filter when one is unknown", async () => {
    expect(await queryOf({ sort_key: ["name", "id"], sort_dir: ["asc", "desc"] })).toBe(
      "?sort_key=name&sort_key=id&sort_dir=asc&sort_dir=desc",
    );
    await expect(queryOf({ sort_dir: 1 })).rejects.toThrow(/listGadgets filter 'sort_dir' must be string, got 1/);
    await expect(queryOf({ enabld: true })).rejects.toThrow(
      /no filter 'enabld'; known: id, enabled, tags, .*sort_key, sort_dir, effective/,
    );
  });
});

import { fakeKeystone, sessionFor } from "../support/keystone.js";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../../src/errors/sdk-errors.js";
import { defineResource } from "../../src/resource/define-resource.js";
import { mockServer } from "../support/server.js";

// `limit` and `marker` in a list's query, where openstacksdk's users write them
// (`networks.list(session, { limit: 100 })`): the page size and the starting point, in
// every pagination style, for every resource without declaring them.
const ROOT = "http://sprocket.test:8300";
const server = mockServer();

const shape = {
  service: { type: "sprocket", discovery: false },
  path: "sprockets",
  singular: "Sprocket",
  plural: "Sprockets",
  key: "sprocket",
  pluralKey: "sprockets",
  schema: v.looseObject({ id: v.string() }),
  verbs: ["list"],
  query: ["id"],
} as const;
const linked = defineResource(shape);
const byMarker = defineResource({ ...shape, pagination: "marker" });

const ids = (...list: string[]) => list.map((id) => ({ id }));

/** A cloud answering each page (path and query) with its canned body; `asked` lists what was requested. */
function cloud(pages: Record<string, object>) {
  const keystone = fakeKeystone({ services: { sprocket: { url: ROOT } } });
  const asked: string[] = [];
  server.use(
    ...keystone.handlers,
    http.get(`${ROOT}/sprockets`, ({ request }) => {
      const url = new URL(request.url);
      const at = `${url.pathname}${url.search}`;
      asked.push(at);
      return at in pages ? HttpResponse.json(pages[at]) : HttpResponse.json({ sprockets: [] });
    }),
  );
  return { session: sessionFor(keystone), asked };
}

describe("limit and marker in the query", () => {
  it("send limit as the page size and follow the <key>_links pages", async () => {
    const { session, asked } = cloud({
      "/sprockets?limit=2": {
        sprockets: ids("a", "b"),
        sprockets_links: [{ rel: "next", href: `${ROOT}/sprockets?limit=2&marker=b` }],
      },
      "/sprockets?limit=2&marker=b": { sprockets: ids("c") },
    });
    expect(await linked.list(session, { limit: 2 })).toEqual(ids("a", "b", "c"));
    expect(asked).toEqual(["/sprockets?limit=2", "/sprockets?limit=2&marker=b"]);
  });

  it("start after the marker, and page on by marker (marker style, and the full-page fallback)", async () => {
    const pages = {
      "/sprockets?limit=2&marker=b": { sprockets: ids("c", "d") },
      "/sprockets?limit=2&marker=d": { sprockets: ids("e") },
    };
    // The marker style asks until a page is empty; the fallback, only after a full page.
    const cases = [
      [byMarker, ["/sprockets?limit=2&marker=b", "/sprockets?limit=2&marker=d", "/sprockets?limit=2&marker=e"]],
      [linked, ["/sprockets?limit=2&marker=b", "/sprockets?limit=2&marker=d"]],
    ] as const;
    for (const [resource, expected] of cases) {
      const { session, asked } = cloud(pages);
      expect(await resource.list(session, { limit: 2, marker: "b" })).toEqual(ids("c", "d", "e"));
      expect(asked).toEqual(expected);
    }
  });

  it("follow a top-level next (Glance, Ironic) with the query's limit", async () => {
    const { session, asked } = cloud({
      "/sprockets?limit=1&marker=a": { sprockets: ids("b"), next: "/sprockets?limit=1&marker=b" },
      "/sprockets?limit=1&marker=b": { sprockets: ids("c") },
    });
    expect(await linked.list(session, { marker: "a", limit: 1 })).toEqual(ids("b", "c"));
    expect(asked).toEqual([
      "/sprockets?limit=1&marker=a",
      "/sprockets?limit=1&marker=b",
      "/sprockets?limit=1&marker=c",
    ]);
  });

  it("sit beside the filters, and a number marker is sent as text", async () => {
    const { session, asked } = cloud({});
    await linked.list(session, { id: "x", marker: 7, limit: 5 });
    expect(asked).toEqual(["/sprockets?id=x&limit=5&marker=7"]);
  });

  it("agree with the limit option: the same value is fine, two values are refused before any request", async () => {
    const { session, asked } = cloud({});
    await linked.list(session, { limit: 3 }, { limit: 3 });
    expect(asked).toEqual(["/sprockets?limit=3"]);
    const attempt = linked.list(session, { limit: 100 }, { limit: 50 });
    await expect(attempt).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(attempt).rejects.toThrow("listSprockets got limit 100 in the query and 50 in the options; give one");
    expect(asked).toEqual(["/sprockets?limit=3"]);
  });

  it("refuse a limit that is not a positive whole number, and an empty or object marker, naming what was given", async () => {
    const { session, asked } = cloud({});
    await expect(linked.list(session, { limit: 0 })).rejects.toThrow(
      "listSprockets limit must be a positive whole number, got 0",
    );
    await expect(linked.list(session, { limit: "10" as never })).rejects.toThrow(/got "10"/);
    await expect(linked.list(session, {}, { limit: 2.5 })).rejects.toThrow(/got 2.5/);
    await expect(linked.list(session, { marker: "" })).rejects.toThrow(
      'listSprockets marker must be a non-empty string or a number, got ""',
    );
    await expect(linked.list(session, { marker: { id: "a" } as never })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(asked).toEqual([]);
  });
});

import { fakeKeystone, sessionFor } from "../support/keystone.js";
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { defineResource } from "../../src/resource/define-resource.js";
import { ListResult } from "../../src/resource/list-result.js";
import type { PageWalker } from "../../src/resource/paginate.js";
import { mockServer } from "../support/server.js";

const server = mockServer();

/** A walker over fixed pages; a page given as an Error fails when it is asked for. */
function walker(pages: (number[] | Error)[]): PageWalker<number> {
  let next = 0;
  return {
    next: async () => {
      const page = pages[next++];
      if (page instanceof Error) throw page;
      return page;
    },
  };
}

/** A ListResult over fixed pages, counting how often its source is started. */
function counted(pages: number[][]) {
  let starts = 0;
  const result = new ListResult<number>(() => {
    starts += 1;
    return walker(pages);
  });
  return { result, starts: () => starts };
}

describe("ListResult", () => {
  it("starts nothing until awaited or iterated", async () => {
    const { result, starts } = counted([[1, 2], [3]]);
    expect(starts()).toBe(0);
    expect(await result).toEqual([1, 2, 3]);
    expect(starts()).toBe(1);
  });

  it("fetches once for two awaits, and gives the same array", async () => {
    const { result, starts } = counted([[1], [2]]);
    const first = await result;
    const second = await result;
    expect(second).toBe(first);
    expect(starts()).toBe(1);
  });

  it("iterates items across pages, and walks pages with .pages()", async () => {
    const { result } = counted([[1, 2], [3]]);
    const items: number[] = [];
    for await (const item of result) items.push(item);
    expect(items).toEqual([1, 2, 3]);
    const pages: number[][] = [];
    for await (const page of result.pages()) pages.push(page);
    expect(pages).toEqual([[1, 2], [3]]);
  });

  it("asks for no further page once a loop breaks, and starts afresh for the next loop", async () => {
    let pagesAsked = 0;
    const result = new ListResult<number>(() => {
      const inner = walker([[1, 2], [3]]);
      return { next: () => ((pagesAsked += 1), inner.next()) };
    });
    const seen: number[] = [];
    for await (const item of result) {
      seen.push(item);
      break;
    }
    expect(pagesAsked).toBe(1);
    for await (const item of result) seen.push(item);
    expect(seen).toEqual([1, 1, 2, 3]);
    expect(pagesAsked).toBe(1 + 3);
  });

  it("passes a failure to the awaiting caller", async () => {
    const result = new ListResult<number>(() => walker([[1], new Error("page 2 failed")]));
    await expect(result.then()).rejects.toThrow("page 2 failed");
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const item of result) seen.push(item);
      })(),
    ).rejects.toThrow("page 2 failed");
    expect(seen).toEqual([1]);
  });
});

describe("list(): lazy over HTTP", () => {
  const WIDGETS = "http://widget.test:8000";
  const service = { type: "widget", version: "1" } as const;
  const widgets = defineResource({
    service,
    path: "widgets",
    singular: "Widget",
    plural: "Widgets",
    key: "widget",
    pluralKey: "widgets",
    schema: v.looseObject({ id: v.string(), name: v.string() }),
    verbs: ["list"],
    query: ["name"],
  });

  it("sends no request at all (not even for a token) until awaited, then lists once", async () => {
    const document = {
      versions: [{ id: "v1.0", status: "CURRENT", links: [{ rel: "self", href: `${WIDGETS}/v1/` }] }],
    };
    const keystone = fakeKeystone({ services: { widget: { url: WIDGETS, document } } });
    const requests: string[] = [];
    server.events.on("request:start", ({ request }) => void requests.push(`${request.method} ${request.url}`));
    server.use(
      ...keystone.handlers,
      http.get(`${WIDGETS}/v1/widgets`, () => HttpResponse.json({ widgets: [{ id: "w1", name: "one" }] })),
    );
    const session = sessionFor(keystone);
    const result = widgets.list(session, { name: "one" });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(requests).toEqual([]);
    expect((await result).map((w) => w.id)).toEqual(["w1"]);
    await result;
    expect(requests.filter((r) => r.includes("/v1/widgets"))).toEqual([`GET ${WIDGETS}/v1/widgets?name=one`]);
  });
});

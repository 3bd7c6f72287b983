import { describe, expect, it } from "vitest";
import { ResponseValidationError } from "../../src/errors/response-validation-error.js";
import { paginate, walkPages, type Page, type PaginateOptions } from "../../src/resource/paginate.js";

type Item = { id: string };
const items = (...ids: string[]): Item[] => ids.map((id) => ({ id }));

/** Runs paginate over canned pages keyed by URL, returning the pages and the URLs asked for. */
async function walk(
  pages: Record<string, Page | ((url: string) => Page)>,
  options: Partial<PaginateOptions<Item>> & { firstUrl: string },
) {
  const asked: string[] = [];
  const result: string[][] = [];
  const generator = paginate<Item>({
    baseUrl: "http://net.test/v2.0/",
    itemsKey: "networks",
    style: "links",
    markerField: "id",
    fetchPage: async (url) => {
      asked.push(url);
      const page = pages[url];
      if (page === undefined) throw new Error(`unexpected request for ${url}`);
      return typeof page === "function" ? page(url) : page;
    },
    parse: (raw) => raw as Item,
    ...options,
  });
  for await (const page of generator) result.push(page.map((item) => item.id));
  return { asked, pages: result };
}

const page = (body: unknown, headers: Record<string, string> = {}): Page => ({ body, headers: new Headers(headers) });

describe("paginate", () => {
  it("follows <key>_links", async () => {
    const { pages, asked } = await walk(
      {
        "http://net.test/v2.0/networks?limit=2": page({
          networks: items("a", "b"),
          networks_links: [{ rel: "next", href: "http://net.test/v2.0/networks?limit=2&marker=b" }],
        }),
        "http://net.test/v2.0/networks?limit=2&marker=b": page({
          networks: items("c"),
          networks_links: [{ rel: "previous", href: "x" }],
        }),
      },
      { firstUrl: "http://net.test/v2.0/networks?limit=2", limit: 2 },
    );
    expect(pages).toEqual([["a", "b"], ["c"]]);
    expect(asked).toHaveLength(2);
  });

  it("puts the first page's filters back on a next link that drops them, where the spec says so (Barbican)", async () => {
    const first = "http://kms.test/v1/secrets?name=db&limit=2";
    const { pages, asked } = await walk(
      {
        [first]: page({ networks: items("a", "b"), next: "http://kms.test/v1/secrets?limit=2&offset=2" }),
        "http://kms.test/v1/secrets?limit=2&offset=2&name=db": page({ networks: items("c") }),
      },
      { firstUrl: first, baseUrl: "http://kms.test/v1/", limit: 2, restoreFilters: true },
    );
    expect(pages).toEqual([["a", "b"], ["c"]]);
    expect(asked).toEqual([first, "http://kms.test/v1/secrets?limit=2&offset=2&name=db"]);
  });

  it("follows Keystone's links object and stops on next: null", async () => {
    const { pages } = await walk(
      {
        "http://keystone.test/v3/projects": page({
          projects: items("p1"),
          links: {
            self: "http://keystone.test/v3/projects",
            next: "http://keystone.test/v3/projects?page=2",
            previous: null,
          },
        }),
        "http://keystone.test/v3/projects?page=2": page({
          projects: items("p2"),
          links: { self: "…", next: null, previous: null },
        }),
      },
      { firstUrl: "http://keystone.test/v3/projects", baseUrl: "http://keystone.test/v3", itemsKey: "projects" },
    );
    expect(pages).toEqual([["p1"], ["p2"]]);
  });

  it("resolves Glance's relative next against a base under a path prefix", async () => {
    const { pages, asked } = await walk(
      {
        "http://cloud.test/image/v2/images": page({ images: items("i1"), next: "/v2/images?marker=i1" }),
        "http://cloud.test/image/v2/images?marker=i1": page({
          images: items("i2"),
          first: "/v2/images",
          schema: "/v2/schemas/images",
        }),
      },
      { firstUrl: "http://cloud.test/image/v2/images", baseUrl: "http://cloud.test/image/v2/", itemsKey: "images" },
    );
    expect(pages).toEqual([["i1"], ["i2"]]);
    expect(asked[1]).toBe("http://cloud.test/image/v2/images?marker=i1");
  });

  it("follows a Link header", async () => {
    const { pages } = await walk(
      {
        "http://net.test/v2.0/things": page(
          { networks: items("a") },
          {
            Link: '<http://net.test/v2.0/things?page=1>; rel="prev", <http://net.test/v2.0/things?page=2>; rel="next"',
          },
        ),
        "http://net.test/v2.0/things?page=2": page({ networks: items("b") }),
      },
      { firstUrl: "http://net.test/v2.0/things" },
    );
    expect(pages).toEqual([["a"], ["b"]]);
  });

  it("asks again with marker = the last id when a full page came back without a link", async () => {
    const { pages, asked } = await walk(
      {
        "http://net.test/v2.0/networks?limit=2": page({ networks: items("a", "b") }),
        "http://net.test/v2.0/networks?limit=2&marker=b": page({ networks: items("c", "d") }),
        "http://net.test/v2.0/networks?limit=2&marker=d": page({ networks: [] }),
      },
      { firstUrl: "http://net.test/v2.0/networks?limit=2", limit: 2 },
    );
    expect(pages).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(asked).toHaveLength(3);
  });

  it("does not fall back to a marker when the server ignored limit (page longer than limit)", async () => {
    const { pages, asked } = await walk(
      { "http://net.test/v2.0/networks?limit=2": page({ networks: items("a", "b", "c") }) },
      { firstUrl: "http://net.test/v2.0/networks?limit=2", limit: 2 },
    );
    expect(pages).toEqual([["a", "b", "c"]]);
    expect(asked).toHaveLength(1);
  });

  it("stops when a server ignoring marker returns the same page again", async () => {
    const same = () => page({ networks: items("a", "b") });
    const { pages, asked } = await walk(
      { "http://net.test/v2.0/networks?limit=2": same, "http://net.test/v2.0/networks?limit=2&marker=b": same },
      { firstUrl: "http://net.test/v2.0/networks?limit=2", limit: 2 },
    );
    expect(pages).toEqual([["a", "b"]]);
    expect(asked).toHaveLength(2);
  });

  it("always pages by marker in the marker style (Swift), body as the list", async () => {
    const { pages } = await walk(
      {
        "http://swift.test/v1/AUTH_p": page([{ name: "c1" }, { name: "c2" }]),
        "http://swift.test/v1/AUTH_p?marker=c2": page([{ name: "c3" }]),
        "http://swift.test/v1/AUTH_p?marker=c3": page([]),
      },
      {
        firstUrl: "http://swift.test/v1/AUTH_p",
        baseUrl: "http://swift.test/v1/AUTH_p",
        itemsKey: undefined,
        style: "marker",
        markerField: "name",
        parse: (raw) => ({ id: (raw as { name: string }).name }),
      },
    );
    expect(pages).toEqual([["c1", "c2"], ["c3"]]);
  });

  it("stops after maxItems, cutting the last page", async () => {
    const { pages, asked } = await walk(
      {
        "http://net.test/v2.0/networks?limit=2": page({
          networks: items("a", "b"),
          networks_links: [{ rel: "next", href: "http://net.test/v2.0/networks?limit=2&marker=b" }],
        }),
        "http://net.test/v2.0/networks?limit=2&marker=b": page({
          networks: items("c", "d"),
          networks_links: [{ rel: "next", href: "http://net.test/v2.0/networks?limit=2&marker=d" }],
        }),
      },
      { firstUrl: "http://net.test/v2.0/networks?limit=2", limit: 2, maxItems: 3 },
    );
    expect(pages).toEqual([["a", "b"], ["c"]]);
    expect(asked).toHaveLength(2);
  });

  it("moves a next link naming another host onto the base's origin", async () => {
    const { asked } = await walk(
      {
        "https://cloud.test:13696/v2.0/networks": page({
          networks: items("a"),
          networks_links: [{ rel: "next", href: "http://10.1.2.3:9696/v2.0/networks?marker=a" }],
        }),
        "https://cloud.test:13696/v2.0/networks?marker=a": page({ networks: items("b") }),
      },
      { firstUrl: "https://cloud.test:13696/v2.0/networks", baseUrl: "https://cloud.test:13696/v2.0/" },
    );
    expect(asked).toEqual([
      "https://cloud.test:13696/v2.0/networks",
      "https://cloud.test:13696/v2.0/networks?marker=a",
    ]);
  });

  it("never fetches the same URL twice, even if a link points back", async () => {
    const { asked } = await walk(
      {
        "http://net.test/v2.0/networks": page({
          networks: items("a"),
          networks_links: [{ rel: "next", href: "http://net.test/v2.0/networks?p=2" }],
        }),
        "http://net.test/v2.0/networks?p=2": page({
          networks: items("b"),
          networks_links: [{ rel: "next", href: "http://net.test/v2.0/networks" }],
        }),
      },
      { firstUrl: "http://net.test/v2.0/networks" },
    );
    expect(asked).toHaveLength(2);
  });

  it("rejects a body whose items are not a list, naming the field and the URL", async () => {
    const attempt = walk(
      { "http://net.test/v2.0/networks": page({ networks: { id: "a" } }) },
      { firstUrl: "http://net.test/v2.0/networks" },
    );
    await expect(attempt).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(attempt).rejects.toThrow(
      "Unexpected response from http://net.test/v2.0/networks: networks is not a list",
    );
    await expect(
      walk({ "http://net.test/v2.0/networks": page({ error: "x" }) }, { firstUrl: "http://net.test/v2.0/networks" }),
    ).rejects.toMatchObject({ field: "networks" });
  });

  it("reads a page's next link only when the next page is asked for, and ends the walk after a failure", async () => {
    const truncated: string[] = [];
    const walker = walkPages<Item>({
      firstUrl: "http://keystone.test/v3/projects",
      baseUrl: "http://keystone.test/v3/",
      itemsKey: "projects",
      style: "links",
      markerField: "id",
      fetchPage: async () => page({ projects: items("p1"), truncated: true, links: { next: "http://[bad" } }),
      parse: (raw) => raw as Item,
      onTruncated: (url) => truncated.push(url),
    });
    expect((await walker.next())?.map((item) => item.id)).toEqual(["p1"]);
    expect(truncated).toEqual([]);
    await expect(walker.next()).rejects.toBeInstanceOf(ResponseValidationError);
    // A page that names a next page lost nothing, `truncated` or not (Keystone 2025.1 sends both).
    expect(truncated).toEqual([]);
    expect(await walker.next()).toBeUndefined();
  });
});

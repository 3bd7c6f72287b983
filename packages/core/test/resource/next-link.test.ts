import { describe, expect, it } from "vitest";
import { findNextLink, resolveNextLink } from "../../src/resource/next-link.js";
import { walkPages } from "../../src/resource/paginate.js";

const none = new Headers();

describe("findNextLink", () => {
  it("reads <key>_links, a links list, Keystone's links object, and a top-level next", () => {
    expect(findNextLink({ servers_links: [{ rel: "next", href: "A" }] }, none, "servers")).toBe("A");
    expect(
      findNextLink(
        {
          links: [
            { rel: "self", href: "S" },
            { rel: "next", href: "B" },
          ],
        },
        none,
        "x",
      ),
    ).toBe("B");
    expect(findNextLink({ links: { self: "S", next: "C", previous: null } }, none, "users")).toBe("C");
    expect(findNextLink({ images: [], next: "/v2/images?marker=m" }, none, "images")).toBe("/v2/images?marker=m");
  });

  it("gives undefined when nothing names a next page", () => {
    expect(findNextLink({ links: { self: "S", next: null } }, none, "users")).toBeUndefined();
    expect(findNextLink({ servers_links: [{ rel: "prev", href: "P" }] }, none, "servers")).toBeUndefined();
    expect(findNextLink({ next: "" }, none, "x")).toBeUndefined();
    expect(findNextLink([{ id: 1 }], none, undefined)).toBeUndefined();
  });

  it("reads an RFC 8288 Link header, quoted or not", () => {
    expect(findNextLink({}, new Headers({ Link: '<http://h.test/a?p=2>; rel="next"' }), "x")).toBe(
      "http://h.test/a?p=2",
    );
    expect(
      findNextLink({}, new Headers({ Link: "<http://h.test/a?p=0>; rel=prev, <http://h.test/a?p=3>; rel=next" }), "x"),
    ).toBe("http://h.test/a?p=3");
    expect(findNextLink({}, new Headers({ Link: '<http://h.test/a>; rel="prev"' }), "x")).toBeUndefined();
  });
});

describe("resolveNextLink", () => {
  it("drops a version prefix of a rooted link and joins it to the base, path prefix kept", () => {
    expect(resolveNextLink("/v2/images?marker=m", "http://cloud.test/image/v2")).toBe(
      "http://cloud.test/image/v2/images?marker=m",
    );
    expect(resolveNextLink("/v2/images?marker=m", "http://cloud.test/image/v2/")).toBe(
      "http://cloud.test/image/v2/images?marker=m",
    );
  });

  it("joins a relative link to the base", () => {
    expect(resolveNextLink("networks?marker=a", "http://net.test/v2.0")).toBe("http://net.test/v2.0/networks?marker=a");
  });

  it("keeps an absolute link on the base's origin and moves one on another origin", () => {
    expect(resolveNextLink("http://net.test/v2.0/networks?marker=a", "http://net.test/v2.0/")).toBe(
      "http://net.test/v2.0/networks?marker=a",
    );
    expect(resolveNextLink("http://evil.test:9696/v2.0/networks?marker=a", "https://net.test/v2.0/")).toBe(
      "https://net.test/v2.0/networks?marker=a",
    );
  });
});

describe("a links key of the service's own naming", () => {
  it("is read instead of <key>_links (Cinder's volume_type_links)", async () => {
    const { findNextLink } = await import("../../src/resource/next-link.js");
    const body = { volume_types: [], volume_type_links: [{ rel: "next", href: "http://c/v3/p/types?marker=t1" }] };
    expect(findNextLink(body, new Headers(), "volume_types")).toBeUndefined();
    expect(findNextLink(body, new Headers(), "volume_types", "volume_type_links")).toBe(
      "http://c/v3/p/types?marker=t1",
    );
  });
});

describe("one pager for the top-level next of Glance and Ironic", () => {
  // Bodies in the services' shapes (Glance: a rooted, versioned `next`; Ironic: an absolute one
  // built from its public URL), walked by the same walkPages as every other style.
  const walk = async (baseUrl: string, firstUrl: string, bodies: Record<string, unknown>, itemsKey: string) => {
    const asked: string[] = [];
    const ids: string[] = [];
    const walker = walkPages<{ uuid?: string; id?: string }>({
      firstUrl,
      baseUrl,
      itemsKey,
      style: "links",
      markerField: ["uuid", "id"],
      fetchPage: async (url) => {
        asked.push(url);
        return { body: bodies[url] ?? { [itemsKey]: [] }, headers: new Headers() };
      },
      parse: (raw) => raw as { uuid?: string; id?: string },
    });
    for (let page = await walker.next(); page; page = await walker.next())
      ids.push(...page.map((item) => item.uuid ?? item.id ?? ""));
    return { asked, ids };
  };

  it("follows Glance's /v2/… next under the image endpoint's prefix", async () => {
    const base = "http://cloud.test/image/v2/";
    const { asked, ids } = await walk(
      base,
      `${base}images?limit=1`,
      {
        [`${base}images?limit=1`]: { images: [{ id: "i1" }], next: "/v2/images?limit=1&marker=i1" },
        [`${base}images?limit=1&marker=i1`]: { images: [{ id: "i2" }] },
      },
      "images",
    );
    expect(ids).toEqual(["i1", "i2"]);
    expect(asked).toEqual([`${base}images?limit=1`, `${base}images?limit=1&marker=i1`]);
  });

  it("follows Ironic's absolute next, and puts it back under a proxy's prefix", async () => {
    for (const [base, next] of [
      ["http://ironic.test:6385/v1/", "http://ironic.test:6385/v1/nodes?limit=1&marker=n1"],
      ["http://proxy.test/baremetal/v1/", "http://proxy.test/v1/nodes?limit=1&marker=n1"],
    ] as const) {
      const { asked, ids } = await walk(
        base,
        `${base}nodes?limit=1`,
        {
          [`${base}nodes?limit=1`]: { nodes: [{ uuid: "n1" }], next },
          [`${base}nodes?limit=1&marker=n1`]: { nodes: [{ uuid: "n2" }] },
        },
        "nodes",
      );
      expect(ids).toEqual(["n1", "n2"]);
      expect(asked).toEqual([`${base}nodes?limit=1`, `${base}nodes?limit=1&marker=n1`]);
    }
  });
});

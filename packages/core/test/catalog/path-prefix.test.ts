// A service behind a proxy that serves it under a path prefix and passes X-Forwarded-Host
// builds its links with the proxy's host and its own paths, without the prefix.
import { http, HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { underPathPrefix } from "../../src/catalog/path-prefix.js";
import { resolveEndpoint } from "../../src/discovery/resolve-endpoint.js";
import { defineResource } from "../../src/resource/define-resource.js";
import { resolveNextLink } from "../../src/resource/next-link.js";
import { mockServer, testCloud } from "../support/server.js";

const rebase = (url: string, base: string) => underPathPrefix(new URL(url), new URL(base)).toString();

describe("underPathPrefix", () => {
  it("puts back a prefix the path lost, found from the base's last segments", () => {
    expect(rebase("http://proxy.test/v2.0/networks?marker=n1", "http://proxy.test/api/openstack/neutron/v2.0/")).toBe(
      "http://proxy.test/api/openstack/neutron/v2.0/networks?marker=n1",
    );
    // Only part of the prefix lost.
    expect(rebase("http://proxy.test/neutron/v2.0/networks", "http://proxy.test/api/neutron/v2.0/")).toBe(
      "http://proxy.test/api/neutron/v2.0/networks",
    );
    expect(rebase("http://proxy.test/v3/users?marker=u1", "http://proxy.test/identity/v3")).toBe(
      "http://proxy.test/identity/v3/users?marker=u1",
    );
  });

  it("puts a version path under an unversioned base whole (the catalog URL itself)", () => {
    expect(rebase("http://proxy.test/v2.0/networks?marker=n1", "http://proxy.test/api/openstack/neutron/")).toBe(
      "http://proxy.test/api/openstack/neutron/v2.0/networks?marker=n1",
    );
  });

  it("leaves a path under the base, another origin, and a path with no sign of a lost prefix", () => {
    const cases = [
      ["http://proxy.test/api/neutron/v2.0/networks?marker=n1", "http://proxy.test/api/neutron/v2.0/"],
      ["http://other.test/v2.0/networks", "http://proxy.test/api/neutron/v2.0/"],
      // Cinder without the project in the path, under a catalog URL that has it: not a lost prefix.
      ["http://cinder.test/v3/volumes?marker=v1", "http://cinder.test/v3/0123abcd/"],
      // A base with no prefix: nothing can have been lost.
      ["http://neutron.test:9696/v2.0/networks", "http://neutron.test:9696/"],
      ["http://proxy.test/elsewhere/x", "http://proxy.test/api/neutron/v2.0/"],
    ];
    for (const [url, base] of cases) expect(rebase(url!, base!)).toBe(url);
  });
});

describe("resolveNextLink behind a path-prefix proxy", () => {
  it("rebases an absolute link on the proxy's origin that lost the prefix", () => {
    expect(
      resolveNextLink("http://proxy.test/v2.0/networks?marker=n1", "http://proxy.test/api/openstack/neutron/v2.0/"),
    ).toBe("http://proxy.test/api/openstack/neutron/v2.0/networks?marker=n1");
    expect(
      resolveNextLink("http://proxy.test/v2.0/networks?marker=n1", "http://proxy.test/api/openstack/neutron/"),
    ).toBe("http://proxy.test/api/openstack/neutron/v2.0/networks?marker=n1");
  });

  it("moves a link naming another host onto the base's origin and under its prefix", () => {
    expect(resolveNextLink("http://10.0.0.9:9696/v2.0/networks?marker=n1", "https://proxy.test/neutron/v2.0/")).toBe(
      "https://proxy.test/neutron/v2.0/networks?marker=n1",
    );
  });
});

describe("resolveEndpoint behind a path-prefix proxy", () => {
  const server = mockServer();

  it("rebases the version link that lost the catalog URL's prefix", async () => {
    server.use(
      http.get("http://proxy.test/api/openstack/neutron/", () =>
        HttpResponse.json({
          versions: [{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: "http://proxy.test/v2.0/" }] }],
        }),
      ),
    );
    const { session } = testCloud(server);
    const resolved = await resolveEndpoint("http://proxy.test/api/openstack/neutron/", 2, (url) =>
      session.discover(url),
    );
    expect(resolved.url).toBe("http://proxy.test/api/openstack/neutron/v2.0/");
  });
});

describe("a list walked behind a path-prefix proxy", () => {
  const server = mockServer();
  const CATALOG_URL = "http://proxy.test/api/openstack/neutron/";
  const SERVED = `${CATALOG_URL}v2.0`;
  const networks = defineResource({
    service: { type: "network", version: "2" },
    path: "networks",
    singular: "Network",
    plural: "Networks",
    key: "network",
    pluralKey: "networks",
    schema: v.looseObject({ id: v.string() }),
    verbs: ["list"],
  });

  it("follows every page under the catalog URL and never asks the proxy for an unprefixed path", async () => {
    const pages: Record<string, { networks: { id: string }[]; networks_links?: unknown[] }> = {
      "": {
        networks: [{ id: "n1" }],
        networks_links: [{ rel: "next", href: "http://proxy.test/v2.0/networks?marker=n1" }],
      },
      n1: {
        networks: [{ id: "n2" }],
        networks_links: [{ rel: "next", href: "http://proxy.test/v2.0/networks?marker=n2" }],
      },
      n2: { networks: [{ id: "n3" }] },
    };
    server.use(
      // What the proxy serves: the service under its prefix, nothing at the service's own paths.
      http.get(CATALOG_URL, () =>
        HttpResponse.json({
          versions: [{ id: "v2.0", status: "CURRENT", links: [{ rel: "self", href: "http://proxy.test/v2.0/" }] }],
        }),
      ),
      http.get(`${SERVED}/networks`, ({ request }) =>
        HttpResponse.json(pages[new URL(request.url).searchParams.get("marker") ?? ""]),
      ),
      http.get("http://proxy.test/v2.0/*", () => new HttpResponse("no such path on the proxy", { status: 404 })),
    );
    const { session, seen } = testCloud(server, {
      services: { network: { url: CATALOG_URL } },
      watch: "http://proxy.test/",
    });
    expect((await networks.list(session)).map((network) => network.id)).toEqual(["n1", "n2", "n3"]);
    expect(seen.map((request) => request.url)).toEqual([
      CATALOG_URL,
      `${SERVED}/networks`,
      `${SERVED}/networks?marker=n1`,
      `${SERVED}/networks?marker=n2`,
    ]);
  });
});

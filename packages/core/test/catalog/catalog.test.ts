import { describe, expect, it } from "vitest";
import { AmbiguousEndpointError, ConfigError, EndpointNotFoundError } from "../../src/errors/sdk-errors.js";
import { selectEndpoint, substituteProjectId, type CatalogService } from "../../src/catalog/catalog.js";

const endpoint = (iface: string, url: string, region: string | null = "RegionOne") => ({
  interface: iface,
  url,
  region,
  region_id: region,
});

const catalog: CatalogService[] = [
  {
    type: "compute",
    endpoints: [
      endpoint("public", "http://public.test:8774/v2.1"),
      endpoint("internal", "http://internal.test:8774/v2.1"),
      endpoint("admin", "http://admin.test:8774/v2.1"),
      endpoint("public", "http://west.test:8774/v2.1", "RegionTwo"),
    ],
  },
  { type: "network", endpoints: [endpoint("internal", "http://internal.test:9696")] },
  { type: "identity", endpoints: [{ interface: "publicURL", url: "http://keystone.test/v3", region: "RegionOne" }] },
];

describe("selectEndpoint", () => {
  it("takes the public interface by default", () => {
    expect(selectEndpoint(catalog, { serviceType: "compute", region: "RegionOne" })).toBe(
      "http://public.test:8774/v2.1",
    );
    expect(selectEndpoint(catalog, { serviceType: "identity" })).toBe("http://keystone.test/v3");
  });

  it("tries a preference list of interfaces in order", () => {
    expect(selectEndpoint(catalog, { serviceType: "compute", interface: ["internal", "public"] })).toBe(
      "http://internal.test:8774/v2.1",
    );
    expect(selectEndpoint(catalog, { serviceType: "network", interface: ["public", "internal"] })).toBe(
      "http://internal.test:9696",
    );
  });

  it("accepts the v2 spelling publicURL, in the query and in the catalog", () => {
    expect(selectEndpoint(catalog, { serviceType: "compute", interface: "adminURL" })).toBe(
      "http://admin.test:8774/v2.1",
    );
    expect(selectEndpoint(catalog, { serviceType: "identity", interface: "public" })).toBe("http://keystone.test/v3");
  });

  it("matches the region exactly, case included", () => {
    expect(selectEndpoint(catalog, { serviceType: "compute", region: "RegionTwo" })).toBe("http://west.test:8774/v2.1");
    expect(() => selectEndpoint(catalog, { serviceType: "compute", region: "regiontwo" })).toThrow(
      EndpointNotFoundError,
    );
  });

  it("prefers the official type over an alias when the catalog has both", () => {
    const both: CatalogService[] = [
      { type: "volumev3", endpoints: [endpoint("public", "http://old.test:8776/v3/%(project_id)s")] },
      { type: "block-storage", endpoints: [endpoint("public", "http://new.test:8776/v3/%(project_id)s")] },
    ];
    expect(selectEndpoint(both, { serviceType: "block-storage" })).toBe("http://new.test:8776/v3/%(project_id)s");
    expect(selectEndpoint(both, { serviceType: "volumev3" })).toBe("http://new.test:8776/v3/%(project_id)s");
  });

  it("finds block-storage when asked for the alias volumev3, and the reverse", () => {
    const official: CatalogService[] = [
      { type: "block-storage", endpoints: [endpoint("public", "http://cinder.test/v3")] },
    ];
    const alias: CatalogService[] = [{ type: "volumev3", endpoints: [endpoint("public", "http://cinder.test/v3")] }];
    expect(selectEndpoint(official, { serviceType: "volumev3" })).toBe("http://cinder.test/v3");
    expect(selectEndpoint(alias, { serviceType: "block-storage" })).toBe("http://cinder.test/v3");
  });

  it("explains a miss: what was asked, what the catalog offers, and the known regions", () => {
    let error: unknown;
    try {
      selectEndpoint(catalog, { serviceType: "compute", interface: "public", region: "regionone" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EndpointNotFoundError);
    const message = (error as Error).message;
    expect(message).toContain("No 'compute' endpoint with interface public in region 'regionone'");
    expect(message).toContain("Region names are case-sensitive; known regions: RegionOne, RegionTwo");
    expect(message).toContain("compute (public@RegionOne, internal@RegionOne, admin@RegionOne, public@RegionTwo)");
    expect(message).toContain("network (internal@RegionOne)");
    expect(message).toContain("identity (public@RegionOne)");
  });

  it("says when there is no catalog at all", () => {
    expect(() => selectEndpoint([], { serviceType: "compute" })).toThrow(/no catalog.*endpoint override/);
  });

  it("lists a missing type without a region hint when no region was asked", () => {
    expect(() => selectEndpoint(catalog, { serviceType: "dns" })).toThrow(
      /^No 'dns' endpoint with interface public\. The catalog offers: compute/,
    );
  });
});

// One endpoint per region and no region in any request: how OVH, Infomaniak and other
// public clouds publish their catalog (shape only; the URLs are made up).
const perRegion: CatalogService[] = [
  {
    type: "compute",
    endpoints: [
      endpoint("public", "https://compute.gra7.example.test/v2.1", "GRA7"),
      endpoint("internal", "http://compute.gra7.internal.test/v2.1", "GRA7"),
      endpoint("public", "https://compute.sbg5.example.test/v2.1", "SBG5"),
      endpoint("public", "https://compute.bhs5.example.test/v2.1", "BHS5"),
    ],
  },
];

describe("selectEndpoint, a service in several regions", () => {
  const caught = (query: Parameters<typeof selectEndpoint>[1], services = perRegion): unknown => {
    try {
      return selectEndpoint(services, query);
    } catch (error) {
      return error;
    }
  };

  it("refuses to pick one when no region was chosen, naming each region, its URL and how to choose", () => {
    const error = caught({ serviceType: "compute" });
    expect(error).toBeInstanceOf(AmbiguousEndpointError);
    expect(error).toBeInstanceOf(ConfigError);
    const ambiguous = error as AmbiguousEndpointError;
    expect(ambiguous.name).toBe("AmbiguousEndpointError");
    expect(ambiguous.regions).toEqual(["GRA7", "SBG5", "BHS5"]);
    expect(ambiguous.message).toBe(
      "'compute' (public) is in 3 regions of the catalog and none was chosen: " +
        "GRA7 (https://compute.gra7.example.test/v2.1), SBG5 (https://compute.sbg5.example.test/v2.1), " +
        "BHS5 (https://compute.bhs5.example.test/v2.1). " +
        "Choose one with regionName, or region_name in clouds.yaml, or OS_REGION_NAME.",
    );
  });

  it("takes the region whose own Keystone the user logged in at, at the interface in use", () => {
    // The loopback cloud's shape: each region its own Keystone host, public and internal crossed.
    const keystones: CatalogService[] = [
      {
        type: "identity",
        endpoints: [
          endpoint("public", "http://127.0.0.1:5000/v3/", "RegionOne"),
          endpoint("internal", "http://localhost:5000/v3/", "RegionOne"),
          endpoint("public", "http://localhost:5000/v3/", "RegionTwo"),
          endpoint("internal", "http://127.0.0.1:5000/v3/", "RegionTwo"),
        ],
      },
      {
        type: "network",
        endpoints: [
          endpoint("public", "http://127.0.0.1:9696", "RegionOne"),
          endpoint("public", "http://localhost:9696", "RegionTwo"),
          endpoint("internal", "http://localhost:9696", "RegionOne"),
          endpoint("internal", "http://127.0.0.1:9696", "RegionTwo"),
        ],
      },
    ];
    const network = (authUrl: string, iface = "public") =>
      selectEndpoint(keystones, { serviceType: "network", authUrl, interface: iface });
    expect(network("http://127.0.0.1:5000/v3")).toBe("http://127.0.0.1:9696");
    expect(network("http://localhost:5000")).toBe("http://localhost:9696");
    expect(network("http://127.0.0.1:5000/v3", "internal")).toBe("http://127.0.0.1:9696");
    // An auth URL no region's Keystone has decides nothing.
    expect(caught({ serviceType: "network", authUrl: "http://10.0.0.1:5000/v3" }, keystones)).toBeInstanceOf(
      AmbiguousEndpointError,
    );
  });

  it("stays an error when one Keystone serves every region, as OVH's does", () => {
    const shared: CatalogService[] = [
      {
        type: "identity",
        endpoints: ["GRA7", "SBG5", "BHS5"].map((region) =>
          endpoint("public", "https://auth.cloud.example.test/v3", region),
        ),
      },
      ...perRegion,
    ];
    const error = caught({ serviceType: "compute", authUrl: "https://auth.cloud.example.test/v3" }, shared);
    expect(error).toBeInstanceOf(AmbiguousEndpointError);
  });

  it("takes the chosen region's endpoint", () => {
    expect(selectEndpoint(perRegion, { serviceType: "compute", region: "SBG5" })).toBe(
      "https://compute.sbg5.example.test/v2.1",
    );
  });

  it("is not ambiguous for an interface that only one region offers", () => {
    expect(selectEndpoint(perRegion, { serviceType: "compute", interface: ["internal", "public"] })).toBe(
      "http://compute.gra7.internal.test/v2.1",
    );
  });

  it("names the alias asked for and the interface that matched", () => {
    const volumes: CatalogService[] = [
      {
        type: "volumev3",
        endpoints: [endpoint("internalURL", "http://a.test/v3", "A"), endpoint("internalURL", "http://b.test/v3", "B")],
      },
    ];
    const error = caught({ serviceType: "volumev3", interface: ["admin", "internal"] }, volumes);
    expect(error).toMatchObject({ regions: ["A", "B"] });
    expect((error as Error).message).toMatch(/^'volumev3' \(internal\) is in 2 regions/);
  });

  it("takes the first of endpoints that repeat one region, or one URL, as before", () => {
    const repeated: CatalogService[] = [
      {
        type: "network",
        endpoints: [endpoint("public", "http://first.test:9696"), endpoint("public", "http://second.test:9696")],
      },
      {
        type: "image",
        endpoints: [endpoint("public", "http://glance.test", null), endpoint("public", "http://glance2.test", null)],
      },
      {
        type: "placement",
        endpoints: [
          endpoint("public", "http://placement.test", "RegionOne"),
          endpoint("public", "http://placement.test", "RegionTwo"),
        ],
      },
    ];
    expect(selectEndpoint(repeated, { serviceType: "network" })).toBe("http://first.test:9696");
    expect(selectEndpoint(repeated, { serviceType: "image" })).toBe("http://glance.test");
    expect(selectEndpoint(repeated, { serviceType: "placement" })).toBe("http://placement.test");
  });

  it("counts an endpoint without a region as another place", () => {
    const mixed: CatalogService[] = [
      {
        type: "dns",
        endpoints: [endpoint("public", "http://global.test:9001", null), endpoint("public", "http://one.test:9001")],
      },
    ];
    const error = caught({ serviceType: "dns" }, mixed) as AmbiguousEndpointError;
    expect(error).toBeInstanceOf(AmbiguousEndpointError);
    expect(error.regions).toEqual(["RegionOne"]);
    expect(error.message).toContain(
      "in 2 regions of the catalog and none was chosen: no region (http://global.test:9001), RegionOne (http://one.test:9001)",
    );
    expect(selectEndpoint(mixed, { serviceType: "dns", region: "RegionOne" })).toBe("http://one.test:9001");
  });
});

describe("substituteProjectId", () => {
  it.each([
    ["http://cinder.test/v3/%(project_id)s", "http://cinder.test/v3/p-1"],
    ["http://cinder.test/v3/$(project_id)s", "http://cinder.test/v3/p-1"],
    ["http://nova.test/v2/%(tenant_id)s", "http://nova.test/v2/p-1"],
    ["http://swift.test/v1/AUTH_$(tenant_id)s", "http://swift.test/v1/AUTH_p-1"],
    ["http://neutron.test:9696", "http://neutron.test:9696"],
  ])("fills %s", (url, expected) => {
    expect(substituteProjectId(url, "p-1")).toBe(expected);
  });

  it("leaves the placeholder when there is no project", () => {
    expect(substituteProjectId("http://cinder.test/v3/%(project_id)s", undefined)).toBe(
      "http://cinder.test/v3/%(project_id)s",
    );
  });
});

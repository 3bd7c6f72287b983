import { describe, expect, it } from "vitest";
import { EndpointNotFoundError } from "../../src/errors/sdk-errors.js";
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
    expect(selectEndpoint(catalog, { serviceType: "compute" })).toBe("http://public.test:8774/v2.1");
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

import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, sent } from "../fixtures.js";
import { addPrefixesRequest, addPrefixesResponse, ipv4PoolBody, subnetPoolBody } from "./fixtures.js";

const { server, setup } = networkCloud();

describe("subnet pools", () => {
  it("creates with prefixes and prefix lengths, and parses the lengths Neutron answers as strings", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/subnetpools`, () => HttpResponse.json({ subnetpool: ipv4PoolBody }, { status: 201 })));
    const body = {
      name: "my-subnet-pool",
      prefixes: ["192.168.0.0/16", "10.10.0.0/21"],
      default_prefixlen: 25,
      min_prefixlen: 24,
      max_prefixlen: 30,
      shared: false,
    };
    const created = await facade.createSubnetPool(body);
    expect(created.default_prefixlen).toBe("25");
    expect(created.ip_version).toBe(4);
    expect(await bodyOf(seen[0]!)).toEqual({ subnetpool: body });
  });

  it("lists by version and scope, and updates with PUT", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/subnetpools`, () => HttpResponse.json({ subnetpools: [subnetPoolBody, ipv4PoolBody] })),
      http.put(`${API}/subnetpools/:id`, () =>
        HttpResponse.json({ subnetpool: { ...subnetPoolBody, name: "my-new-subnetpool-name" } }),
      ),
    );
    const pools = await facade.listSubnetPools({ ip_version: 6, address_scope_id: "s1", is_default: false });
    expect(pools.map((p) => p.prefixes.length)).toEqual([2, 2]);
    const update = {
      name: "my-new-subnetpool-name",
      prefixes: ["2001:db8::/64", "2001:db8:0:1::/64", "2001:db8:0:2::/64"],
      min_prefixlen: 64,
    };
    expect((await facade.updateSubnetPool(subnetPoolBody, update)).name).toBe("my-new-subnetpool-name");
    expect(seen.map(sent)).toEqual([
      "GET /v2.0/subnetpools?ip_version=6&address_scope_id=s1&is_default=false",
      `PUT /v2.0/subnetpools/${subnetPoolBody.id}`,
    ]);
    expect(await bodyOf(seen[1]!)).toEqual({ subnetpool: update });
  });

  it("adds and removes prefixes with the pool's actions", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(`${API}/subnetpools/:id/add_prefixes`, () => HttpResponse.json(addPrefixesResponse)),
      http.put(`${API}/subnetpools/:id/remove_prefixes`, () => HttpResponse.json({ prefixes: ["172.16.0.0/21"] })),
    );
    expect(await facade.addPrefixesToSubnetPool({ subnetpool: ipv4PoolBody, ...addPrefixesRequest })).toEqual(
      addPrefixesResponse,
    );
    await facade.removePrefixesFromSubnetPool({ subnetpool: ipv4PoolBody.id, prefixes: ["192.168.0.0/23"] });
    expect(seen.map(sent)).toEqual([
      `PUT /v2.0/subnetpools/${ipv4PoolBody.id}/add_prefixes`,
      `PUT /v2.0/subnetpools/${ipv4PoolBody.id}/remove_prefixes`,
    ]);
    expect(await bodyOf(seen[0]!)).toEqual(addPrefixesRequest);
    expect(await bodyOf(seen[1]!)).toEqual({ prefixes: ["192.168.0.0/23"] });
  });

  it("needs a name and prefixes; the version follows from the prefixes; sharing is set once", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: prefixes are required
    await expect(facade.createSubnetPool({ name: "p" })).rejects.toThrow(/needs 'prefixes'/);
    // @ts-expect-error: ip_version is derived from the prefixes
    await expect(facade.createSubnetPool({ name: "p", prefixes: ["10.0.0.0/8"], ip_version: 4 })).rejects.toThrow(
      /'ip_version' cannot be set/,
    );
    // @ts-expect-error: a pool cannot be unshared or shared after the create
    await expect(facade.updateSubnetPool("p1", { shared: true })).rejects.toThrow(/'shared' cannot be set/);
    expect(seen).toHaveLength(0);
  });
});

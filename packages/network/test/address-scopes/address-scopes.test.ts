import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, noContent, sent } from "../fixtures.js";
import { addressScopeBody } from "./fixtures.js";

const { server, setup } = networkCloud();

describe("address scopes", () => {
  it("creates, lists, finds by name, shares by an update and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/address-scopes`, () =>
        HttpResponse.json({ address_scope: { ...addressScopeBody, shared: false } }, { status: 201 }),
      ),
      http.get(`${API}/address-scopes`, () => HttpResponse.json({ address_scopes: [addressScopeBody] })),
      http.get(`${API}/address-scopes/:id`, () =>
        HttpResponse.json({ NeutronError: { message: "no" } }, { status: 404 }),
      ),
      http.put(`${API}/address-scopes/:id`, () => HttpResponse.json({ address_scope: addressScopeBody })),
      http.delete(`${API}/address-scopes/:id`, () => noContent()),
    );
    const created = await facade.createAddressScope({ name: "address-scope-ip4", ip_version: 4 });
    expect(created.shared).toBe(false);
    expect((await facade.findAddressScope("address-scope-ip4"))?.id).toBe(addressScopeBody.id);
    expect((await facade.updateAddressScope(created, { shared: true })).shared).toBe(true);
    await facade.deleteAddressScope(created.id);
    expect(seen.map(sent)).toEqual([
      "POST /v2.0/address-scopes",
      "GET /v2.0/address-scopes/address-scope-ip4",
      "GET /v2.0/address-scopes?name=address-scope-ip4",
      `PUT /v2.0/address-scopes/${addressScopeBody.id}`,
      `DELETE /v2.0/address-scopes/${addressScopeBody.id}`,
    ]);
    expect(await bodyOf(seen[0]!)).toEqual({ address_scope: { name: "address-scope-ip4", ip_version: 4 } });
  });

  it("needs an IP version that never changes, and has no standard attributes to filter by", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: ip_version is required
    await expect(facade.createAddressScope({ name: "s" })).rejects.toThrow(/needs 'ip_version'/);
    // @ts-expect-error: 4 or 6
    await expect(facade.createAddressScope({ name: "s", ip_version: 5 })).rejects.toThrow(/wrong type/);
    // @ts-expect-error: set at create only
    await expect(facade.updateAddressScope("s1", { ip_version: 6 })).rejects.toThrow(/cannot be set/);
    // @ts-expect-error: address scopes have no description (Neutron refuses the filter)
    await expect(facade.listAddressScopes({ description: "x" })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });
});

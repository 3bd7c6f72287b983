import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, sent } from "../fixtures.js";
import { idpId, protocolBody } from "./fixtures.js";

const { server, setup } = identityCloud();
const PROTOCOLS = `${API}/OS-FEDERATION/identity_providers/:idp/protocols`;
const path = `/v3/OS-FEDERATION/identity_providers/${idpId}/protocols`;

describe("federation protocols", () => {
  it("adds a protocol by PUT under its provider, given as id or resource", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${PROTOCOLS}/:id`, () => HttpResponse.json({ protocol: protocolBody }, { status: 201 })));
    const created = await facade.createFederationProtocol({ idp_id: { id: idpId }, id: "saml2", mapping_id: "xyz234" });
    expect(created).toMatchObject({ id: "saml2", mapping_id: "xyz234" });
    expect(sent(seen[0]!)).toBe(`PUT ${path}/saml2`);
    expect(await seen[0]!.json()).toEqual({ protocol: { mapping_id: "xyz234" } });
  });

  it("needs the provider, at compile time and before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: idp_id is required
    await expect(facade.createFederationProtocol({ id: "saml2", mapping_id: "xyz234" })).rejects.toThrow(/idp_id/);
    // @ts-expect-error: idp_id is required
    await expect(facade.listFederationProtocols()).rejects.toThrow(/'idp_id' is needed/);
    expect(seen).toHaveLength(0);
  });

  it("lists, gets, updates with PATCH and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(PROTOCOLS, () => collection("protocols", [protocolBody])),
      http.get(`${PROTOCOLS}/:id`, () => HttpResponse.json({ protocol: protocolBody })),
      http.patch(`${PROTOCOLS}/:id`, () => HttpResponse.json({ protocol: { ...protocolBody, mapping_id: "abc" } })),
      http.delete(`${PROTOCOLS}/:id`, () => noContent()),
    );
    expect((await facade.listFederationProtocols({ idp_id: idpId })).map((p) => p.id)).toEqual(["saml2"]);
    expect((await facade.getFederationProtocol("saml2", { idp_id: idpId })).links?.identity_provider).toBe(
      protocolBody.links.identity_provider,
    );
    expect((await facade.updateFederationProtocol("saml2", { mapping_id: "abc" }, { idp_id: idpId })).mapping_id).toBe(
      "abc",
    );
    await facade.deleteFederationProtocol(protocolBody, { idp_id: idpId });
    expect(await seen[2]!.json()).toEqual({ protocol: { mapping_id: "abc" } });
    expect(seen.map(sent)).toEqual([`GET ${path}`, `GET ${path}/saml2`, `PATCH ${path}/saml2`, `DELETE ${path}/saml2`]);
  });
});

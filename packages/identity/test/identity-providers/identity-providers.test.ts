import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import { acmeBody, contractorsBody, registerRequest, updatedBody, updateRequest } from "./fixtures.js";
import { identityProviders } from "../../src/identity-providers/identity-provider.js";

const { server, setup } = identityCloud();
const IDPS = `${API}/OS-FEDERATION/identity_providers`;

describe("identity providers", () => {
  it("registers by PUT at the provider's own URL, the id in the path and not in the body", async () => {
    const { facade, seen } = setup();
    server.use(http.put(`${IDPS}/:id`, () => HttpResponse.json({ identity_provider: acmeBody }, { status: 201 })));
    const created = await facade.createIdentityProvider({ id: "ACME", ...registerRequest });
    expect(created).toMatchObject({ id: "ACME", enabled: true, remote_ids: ["acme_id_1", "acme_id_2"] });
    expect(sent(seen[0]!)).toBe("PUT /v3/OS-FEDERATION/identity_providers/ACME");
    expect(await seen[0]!.json()).toEqual({ identity_provider: registerRequest });
  });

  it("checks the id and read-only fields before sending", async () => {
    const { session, seen } = setup();
    // @ts-expect-error: the id is chosen by the caller and required
    await expect(identityProviders.create(session, registerRequest)).rejects.toThrow(
      "createIdentityProvider needs 'id'",
    );
    await expect(identityProviders.create(session, { id: "a/b" })).rejects.toThrow(/cannot be "a\/b"/);
    // @ts-expect-error: links come from Keystone
    await expect(identityProviders.create(session, { id: "ACME", links: {} })).rejects.toThrow(/'links' cannot be set/);
    // @ts-expect-error: one object of fields
    await expect(identityProviders.create(session, [])).rejects.toThrow(/takes an object of fields, got an array/);
    expect(seen).toHaveLength(0);
  });

  it("lists with filters, gets, and finds by id", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(IDPS, () => collection("identity_providers", [acmeBody, contractorsBody])),
      http.get(`${IDPS}/:id`, ({ params }) =>
        params["id"] === "ACME"
          ? HttpResponse.json({ identity_provider: acmeBody })
          : notFound("Could not find Identity Provider: nope."),
      ),
    );
    expect((await facade.listIdentityProviders({ enabled: false, id: "ACME-contractors" })).map((p) => p.id)).toEqual([
      "ACME",
      "ACME-contractors",
    ]);
    expect((await facade.getIdentityProvider("ACME")).links?.protocols).toBe(acmeBody.links.protocols);
    expect((await facade.findIdentityProvider("ACME"))?.domain_id).toBe("1789d1");
    expect(seen.map(sent).slice(0, 2)).toEqual([
      "GET /v3/OS-FEDERATION/identity_providers?enabled=false&id=ACME-contractors",
      "GET /v3/OS-FEDERATION/identity_providers/ACME",
    ]);
  });

  it("updates with PATCH (never the id or domain) and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${IDPS}/:id`, () => HttpResponse.json({ identity_provider: updatedBody })),
      http.delete(`${IDPS}/:id`, () => noContent()),
    );
    expect((await facade.updateIdentityProvider(acmeBody, updateRequest)).remote_ids).toEqual([
      "beta_id_1",
      "beta_id_2",
    ]);
    // @ts-expect-error: the domain is set once
    await expect(facade.updateIdentityProvider("ACME", { domain_id: "other" })).rejects.toThrow(
      /'domain_id' cannot be set/,
    );
    await facade.deleteIdentityProvider("ACME");
    expect(await seen[0]!.json()).toEqual({ identity_provider: updateRequest });
    expect(seen.map(sent)).toEqual([
      "PATCH /v3/OS-FEDERATION/identity_providers/ACME",
      "DELETE /v3/OS-FEDERATION/identity_providers/ACME",
    ]);
  });
});

import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import { createdTrustBody, createTrustRequest, trustBody, trustListBody, trustRolesBody } from "./fixtures.js";

const { server, setup } = identityCloud();
const TRUSTS = `${API}/OS-TRUST/trusts`;

describe("trusts", () => {
  it("lists one trustor's trusts, without their roles", async () => {
    const { facade, seen } = setup();
    server.use(http.get(TRUSTS, () => collection("trusts", trustListBody)));
    const listed = await facade.listTrusts({ trustor_user_id: "a0fdfd" });
    expect(listed.map((t) => [t.id, t.impersonation])).toEqual([
      ["1ff900", true],
      ["f4513a", false],
    ]);
    expect(listed[1]?.expires_at).toBeUndefined();
    expect(listed[0]?.roles).toBeUndefined();
    await facade.listTrusts({ trustee_user_id: "86c0d5" });
    expect(seen.map(sent)).toEqual([
      "GET /v3/OS-TRUST/trusts?trustor_user_id=a0fdfd",
      "GET /v3/OS-TRUST/trusts?trustee_user_id=86c0d5",
    ]);
  });

  it("gets one trust with its roles", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${TRUSTS}/:id`, () => HttpResponse.json({ trust: trustBody })));
    const trust = await facade.getTrust("987fe8");
    expect(trust.roles?.map((r) => r.name)).toEqual(["member"]);
    expect(trust.roles_links?.next).toBeNull();
    expect(sent(seen[0]!)).toBe("GET /v3/OS-TRUST/trusts/987fe8");
  });

  it("creates with roles, impersonation, expiry and a use count, in the trust envelope", async () => {
    const { facade, seen } = setup();
    server.use(http.post(TRUSTS, () => HttpResponse.json({ trust: createdTrustBody }, { status: 201 })));
    const created = await facade.createTrust({ ...createTrustRequest, remaining_uses: 3 });
    expect(created).toMatchObject({ id: "1ff900", remaining_uses: null, redelegation_count: 10 });
    expect(sent(seen[0]!)).toBe("POST /v3/OS-TRUST/trusts");
    expect(await seen[0]!.json()).toEqual({ trust: { ...createTrustRequest, remaining_uses: 3 } });
  });

  it("needs trustor, trustee and impersonation; cannot be updated; deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.delete(`${TRUSTS}/:id`, ({ params }) =>
        params["id"] === "gone" ? notFound("Could not find trust: gone.") : noContent(),
      ),
    );
    const { impersonation: _, ...withoutImpersonation } = createTrustRequest;
    // @ts-expect-error: impersonation is required
    await expect(facade.createTrust(withoutImpersonation)).rejects.toThrow(/needs 'impersonation'/);
    // @ts-expect-error: Keystone has no update for trusts
    expect(facade.updateTrust).toBeUndefined();
    await facade.deleteTrust(createdTrustBody);
    await facade.deleteTrust("gone");
    expect(seen.map(sent)).toEqual(["DELETE /v3/OS-TRUST/trusts/1ff900", "DELETE /v3/OS-TRUST/trusts/gone"]);
  });
});

describe("trust roles", () => {
  it("lists and gets the roles a trust delegates, the trust given as id or resource", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${TRUSTS}/:trust/roles`, () =>
        HttpResponse.json({ roles: trustRolesBody, links: { self: null, next: null, previous: null } }),
      ),
      http.get(`${TRUSTS}/:trust/roles/:role`, () => HttpResponse.json({ role: trustRolesBody[0] })),
    );
    expect((await facade.listTrustRoles({ trust_id: trustBody })).map((r) => r.name)).toEqual(["manager", "member"]);
    expect((await facade.getTrustRole("c1648e", { trust_id: "987fe8" })).name).toBe("manager");
    expect(seen.map(sent)).toEqual([
      "GET /v3/OS-TRUST/trusts/987fe8/roles",
      "GET /v3/OS-TRUST/trusts/987fe8/roles/c1648e",
    ]);
  });

  it("checks whether a trust delegates a role: 200 → true, 404 → false", async () => {
    const { facade, seen } = setup();
    server.use(
      http.head(`${TRUSTS}/:trust/roles/:role`, ({ params }) =>
        params["role"] === "ed7b78" ? new HttpResponse(null, { status: 200 }) : new HttpResponse(null, { status: 404 }),
      ),
    );
    expect(await facade.checkTrustRole({ trust_id: "987fe8", role: { id: "ed7b78" } })).toBe(true);
    expect(await facade.checkTrustRole({ trust_id: trustBody, role: "c1648e" })).toBe(false);
    expect(seen.map(sent)).toEqual([
      "HEAD /v3/OS-TRUST/trusts/987fe8/roles/ed7b78",
      "HEAD /v3/OS-TRUST/trusts/987fe8/roles/c1648e",
    ]);
    // @ts-expect-error: the trust is needed
    await expect(facade.checkTrustRole({ role: "c1648e" })).rejects.toThrow(/trust_id/);
  });
});

import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, noContent, sent } from "../fixtures.js";
import { externalPolicyBody, rbacPolicyBody } from "./fixtures.js";

const { server, setup } = networkCloud();

describe("RBAC policies", () => {
  it("shares a network with a project, lists policies of an object, widens the target and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/rbac-policies`, () => HttpResponse.json({ rbac_policy: rbacPolicyBody }, { status: 201 })),
      http.get(`${API}/rbac-policies`, () =>
        HttpResponse.json({ rbac_policies: [rbacPolicyBody, externalPolicyBody] }),
      ),
      http.put(`${API}/rbac-policies/:id`, () =>
        HttpResponse.json({ rbac_policy: { ...rbacPolicyBody, target_tenant: "*" } }),
      ),
      http.delete(`${API}/rbac-policies/:id`, () => noContent()),
    );
    const { id: _, tenant_id: __, project_id: ___, ...request } = rbacPolicyBody;
    const created = await facade.createRbacPolicy(request);
    expect(created.target_tenant).toBe(rbacPolicyBody.target_tenant);
    const policies = await facade.listRbacPolicies({ object_id: rbacPolicyBody.object_id, object_type: "network" });
    expect(policies.map((p) => p.action)).toEqual(["access_as_shared", "access_as_external"]);
    expect((await facade.updateRbacPolicy(created, { target_tenant: "*" })).target_tenant).toBe("*");
    await facade.deleteRbacPolicy(created);
    expect(seen.map(sent)).toEqual([
      "POST /v2.0/rbac-policies",
      `GET /v2.0/rbac-policies?object_id=${rbacPolicyBody.object_id}&object_type=network`,
      `PUT /v2.0/rbac-policies/${rbacPolicyBody.id}`,
      `DELETE /v2.0/rbac-policies/${rbacPolicyBody.id}`,
    ]);
    expect(await bodyOf(seen[0]!)).toEqual({ rbac_policy: request });
    expect(await bodyOf(seen[2]!)).toEqual({ rbac_policy: { target_tenant: "*" } });
  });

  it("needs the object, the action and the target; only the target changes", async () => {
    const { facade, seen } = setup();
    await expect(
      // @ts-expect-error: the target project is required
      facade.createRbacPolicy({ object_type: "network", object_id: "n1", action: "access_as_shared" }),
    ).rejects.toThrow(/needs 'target_tenant'/);
    // @ts-expect-error: the action is fixed at create
    await expect(facade.updateRbacPolicy("p1", { action: "access_as_external" })).rejects.toThrow(/cannot be set/);
    expect(seen).toHaveLength(0);
  });
});

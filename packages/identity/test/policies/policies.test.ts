import { ResponseValidationError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, sent } from "../fixtures.js";
import { createPolicyRequest, otherPolicyBody, policyBody } from "./fixtures.js";

const { server, setup } = identityCloud();

describe("policies", () => {
  it("lists, filtered by type", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/policies`, () => collection("policies", [policyBody, otherPolicyBody])));
    const listed = await facade.listPolicies({ type: "application/json" });
    expect(listed.map((p) => p.id)).toEqual([policyBody.id, "717273"]);
    expect(sent(seen[0]!)).toBe("GET /v3/policies?type=application%2Fjson");
  });

  it("creates and gets, the blob an opaque string both ways", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/policies`, () => HttpResponse.json({ policy: policyBody }, { status: 201 })),
      http.get(`${API}/policies/:id`, () => HttpResponse.json({ policy: otherPolicyBody })),
    );
    expect((await facade.createPolicy(createPolicyRequest)).blob).toBe(createPolicyRequest.blob);
    expect(await seen[0]!.json()).toEqual({ policy: createPolicyRequest });
    expect((await facade.getPolicy("717273")).blob).toBe(otherPolicyBody.blob);
    expect(sent(seen[1]!)).toBe("GET /v3/policies/717273");
  });

  it("takes a blob as the reference prints it (an object) as well as Keystone's string, both ways", async () => {
    const { facade, seen } = setup();
    const blob = { foobar_user: ["role:compute-user"] };
    server.use(
      http.post(`${API}/policies`, () => HttpResponse.json({ policy: { ...policyBody, blob } }, { status: 201 })),
    );
    expect((await facade.createPolicy({ type: "application/json", blob })).blob).toEqual(blob);
    expect(await seen[0]!.json()).toEqual({ policy: { type: "application/json", blob } });
  });

  it("refuses a policy without a type before sending, and a blob that is neither a string nor an object", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/policies/:id`, () => HttpResponse.json({ policy: { ...otherPolicyBody, blob: 1 } })));
    // @ts-expect-error: type is required
    await expect(facade.createPolicy({ blob: "{}" })).rejects.toThrow(/needs 'type'/);
    expect(seen).toHaveLength(0);
    await expect(facade.getPolicy("717273")).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("updates with PATCH and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${API}/policies/:id`, () => HttpResponse.json({ policy: { ...policyBody, blob: "{}" } })),
      http.delete(`${API}/policies/:id`, () => noContent()),
    );
    expect((await facade.updatePolicy(policyBody, { blob: "{}" })).blob).toBe("{}");
    await facade.deletePolicy(policyBody.id);
    expect(await seen[0]!.json()).toEqual({ policy: { blob: "{}" } });
    expect(seen.map(sent)).toEqual([`PATCH /v3/policies/${policyBody.id}`, `DELETE /v3/policies/${policyBody.id}`]);
  });
});

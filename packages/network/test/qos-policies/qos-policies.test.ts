import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, noContent, sent } from "../fixtures.js";
import { qosPolicyBody } from "./fixtures.js";

const { server, setup } = networkCloud();

describe("QoS policies", () => {
  it("creates inside the policy envelope, lists and finds by name, updates and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/qos/policies`, () =>
        HttpResponse.json({ policy: { ...qosPolicyBody, rules: [] } }, { status: 201 }),
      ),
      http.get(`${API}/qos/policies`, () => HttpResponse.json({ policies: [qosPolicyBody] })),
      http.get(`${API}/qos/policies/:id`, () =>
        HttpResponse.json({ NeutronError: { message: "no" } }, { status: 404 }),
      ),
      http.put(`${API}/qos/policies/:id`, () => HttpResponse.json({ policy: { ...qosPolicyBody, shared: true } })),
      http.delete(`${API}/qos/policies/:id`, () => noContent()),
    );
    const request = { name: "10Mbit", description: "This policy limits the ports to 10Mbit max.", shared: false };
    const created = await facade.createQosPolicy(request);
    expect(created.rules).toEqual([]);
    const found = await facade.findQosPolicy("10Mbit");
    expect(found?.rules.map((r) => r.type)).toEqual(["bandwidth_limit", "dscp_marking"]);
    expect((await facade.updateQosPolicy(created, { shared: true, is_default: false })).shared).toBe(true);
    await facade.deleteQosPolicy(created);
    expect(seen.map(sent)).toEqual([
      "POST /v2.0/qos/policies",
      "GET /v2.0/qos/policies/10Mbit",
      "GET /v2.0/qos/policies?name=10Mbit",
      `PUT /v2.0/qos/policies/${qosPolicyBody.id}`,
      `DELETE /v2.0/qos/policies/${qosPolicyBody.id}`,
    ]);
    expect(await bodyOf(seen[0]!)).toEqual({ policy: request });
  });

  it("lists by sharing and default, and leaves rules to their own resources", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/qos/policies`, () => HttpResponse.json({ policies: [] })));
    await facade.listQosPolicies({ shared: true, is_default: true, tags: ["gold"] });
    expect(seen.map(sent)).toEqual(["GET /v2.0/qos/policies?shared=true&is_default=true&tags=gold"]);
    // @ts-expect-error: rules are created with createQosBandwidthLimitRule and the like
    await expect(facade.createQosPolicy({ name: "p", rules: [] })).rejects.toThrow(/'rules' cannot be set/);
  });
});

import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, noContent, sent } from "../fixtures.js";
import { httpsRuleBody, ruleBody, ruleRequest } from "./fixtures.js";

const { server, setup } = networkCloud();

describe("security group rules", () => {
  it("creates one rule, and several in one request", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/security-group-rules`, async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        return "security_group_rules" in body
          ? HttpResponse.json({ security_group_rules: [ruleBody, httpsRuleBody] }, { status: 201 })
          : HttpResponse.json({ security_group_rule: ruleBody }, { status: 201 });
      }),
    );
    const created = await facade.createSecurityGroupRule(ruleRequest);
    expect(created.port_range_min).toBe(80);
    expect(created.remote_ip_prefix).toBeNull();
    const https = { ...ruleRequest, port_range_min: 443, port_range_max: 443 };
    const bulk = (await facade.createSecurityGroupRules({ security_group_rules: [ruleRequest, https] })) as {
      security_group_rules: unknown[];
    };
    expect(bulk.security_group_rules).toHaveLength(2);
    expect(seen.map(sent)).toEqual(["POST /v2.0/security-group-rules", "POST /v2.0/security-group-rules"]);
    expect(await bodyOf(seen[0]!)).toEqual({ security_group_rule: ruleRequest });
    expect(await bodyOf(seen[1]!)).toEqual({ security_group_rules: [ruleRequest, https] });
  });

  it("lists a group's rules, gets and deletes one", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/security-group-rules`, () =>
        HttpResponse.json({ security_group_rules: [ruleBody, httpsRuleBody] }),
      ),
      http.get(`${API}/security-group-rules/:id`, () => HttpResponse.json({ security_group_rule: ruleBody })),
      http.delete(`${API}/security-group-rules/:id`, () => noContent()),
    );
    const rules = await facade.listSecurityGroupRules({
      security_group_id: ruleBody.security_group_id,
      direction: "ingress",
      protocol: "tcp",
    });
    expect(rules.map((r) => r.port_range_max)).toEqual([80, 443]);
    expect((await facade.getSecurityGroupRule(ruleBody.id)).ethertype).toBe("IPv4");
    await facade.deleteSecurityGroupRule(ruleBody);
    expect(seen.map(sent)).toEqual([
      `GET /v2.0/security-group-rules?security_group_id=${ruleBody.security_group_id}&direction=ingress&protocol=tcp`,
      `GET /v2.0/security-group-rules/${ruleBody.id}`,
      `DELETE /v2.0/security-group-rules/${ruleBody.id}`,
    ]);
  });

  it("has no update, no name and no tag filters, and checks direction and ethertype", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: Neutron cannot change a rule
    expect(facade.updateSecurityGroupRule).toBeUndefined();
    // @ts-expect-error: rules are not taggable; Neutron refuses the filter
    await expect(facade.listSecurityGroupRules({ tags: ["a"] })).rejects.toBeInstanceOf(InvalidArgumentError);
    // @ts-expect-error: direction is ingress or egress
    await expect(facade.createSecurityGroupRule({ security_group_id: "g", direction: "in" })).rejects.toThrow(
      /wrong type/,
    );
    await expect(
      // @ts-expect-error: ethertype is IPv4 or IPv6
      facade.createSecurityGroupRule({ security_group_id: "g", direction: "ingress", ethertype: "ipv4" }),
    ).rejects.toThrow(/wrong type/);
    // @ts-expect-error: the group is required
    await expect(facade.createSecurityGroupRule({ direction: "ingress" })).rejects.toThrow(/needs 'security_group_id'/);
    expect(seen).toHaveLength(0);
  });
});

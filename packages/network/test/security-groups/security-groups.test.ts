import { DuplicateResourceError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, noContent, sent } from "../fixtures.js";
import { groupId, securityGroupBody } from "./fixtures.js";

const { server, setup } = networkCloud();

describe("security groups", () => {
  it("creates and parses the group with the rules Neutron adds to it", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/security-groups`, () =>
        HttpResponse.json({ security_group: securityGroupBody }, { status: 201 }),
      ),
    );
    const created = await facade.createSecurityGroup({
      name: "new-webservers",
      description: "security group for webservers",
      stateful: true,
    });
    expect(created.security_group_rules.map((r) => `${r.direction} ${r.ethertype}`)).toEqual([
      "egress IPv4",
      "egress IPv6",
    ]);
    expect(created.security_group_rules[0]?.protocol).toBeNull();
    expect(seen.map(sent)).toEqual(["POST /v2.0/security-groups"]);
    expect(await bodyOf(seen[0]!)).toEqual({
      security_group: { name: "new-webservers", description: "security group for webservers", stateful: true },
    });
  });

  it("lists by name and shared, updates, deletes, and finds by name", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/security-groups`, ({ request }) => {
        const name = new URL(request.url).searchParams.get("name");
        const twice = [securityGroupBody, { ...securityGroupBody, id: "other" }];
        return HttpResponse.json({
          security_groups: name === "twice" ? twice.map((g) => ({ ...g, name })) : [securityGroupBody],
        });
      }),
      http.get(`${API}/security-groups/:id`, () =>
        HttpResponse.json({ NeutronError: { message: "no" } }, { status: 404 }),
      ),
      http.put(`${API}/security-groups/:id`, () =>
        HttpResponse.json({ security_group: { ...securityGroupBody, name: "web" } }),
      ),
      http.delete(`${API}/security-groups/:id`, () => noContent()),
    );
    await facade.listSecurityGroups({ name: "new-webservers", shared: false, "not-tags": ["old"] });
    expect((await facade.updateSecurityGroup(groupId, { name: "web", stateful: false })).name).toBe("web");
    await facade.deleteSecurityGroup(securityGroupBody);
    await expect(facade.findSecurityGroup("twice")).rejects.toBeInstanceOf(DuplicateResourceError);
    expect(seen.map(sent).slice(0, 3)).toEqual([
      "GET /v2.0/security-groups?name=new-webservers&shared=false&not-tags=old",
      `PUT /v2.0/security-groups/${groupId}`,
      `DELETE /v2.0/security-groups/${groupId}`,
    ]);
    expect(await bodyOf(seen[1]!)).toEqual({ security_group: { name: "web", stateful: false } });
  });

  it("refuses rules and sharing as fields: rules have their own resource, sharing is an RBAC policy", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: rules are created with createSecurityGroupRule
    await expect(facade.createSecurityGroup({ name: "x", security_group_rules: [] })).rejects.toThrow(/cannot be set/);
    // @ts-expect-error: shared is computed from RBAC policies
    await expect(facade.updateSecurityGroup(groupId, { shared: true })).rejects.toThrow(/cannot be set/);
    expect(seen).toHaveLength(0);
  });
});

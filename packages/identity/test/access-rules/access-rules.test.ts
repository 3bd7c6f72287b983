import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, sent } from "../fixtures.js";
import { accessRuleBody, userId } from "./fixtures.js";

const { server, setup } = identityCloud();
const RULES = `${API}/users/:user/access_rules`;

describe("access rules", () => {
  it("lists a user's rules, filtered by service, method and path", async () => {
    const { facade, seen } = setup();
    server.use(http.get(RULES, () => collection("access_rules", [accessRuleBody])));
    const [rule] = await facade.listAccessRules({
      user_id: { id: userId },
      service: "monitoring",
      method: "GET",
      path: "/v2.0/metrics",
    });
    expect(rule).toMatchObject({ service: "monitoring", method: "GET", path: "/v2.0/metrics" });
    expect(sent(seen[0]!)).toBe(
      `GET /v3/users/${userId}/access_rules?service=monitoring&method=GET&path=%2Fv2.0%2Fmetrics`,
    );
  });

  it("gets and deletes one rule under its user", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${RULES}/:id`, () => HttpResponse.json({ access_rule: accessRuleBody })),
      http.delete(`${RULES}/:id`, () => noContent()),
    );
    expect((await facade.getAccessRule(accessRuleBody.id, { user_id: userId })).id).toBe(accessRuleBody.id);
    await facade.deleteAccessRule(accessRuleBody, { user_id: userId });
    expect(seen.map(sent)).toEqual([
      `GET /v3/users/${userId}/access_rules/${accessRuleBody.id}`,
      `DELETE /v3/users/${userId}/access_rules/${accessRuleBody.id}`,
    ]);
  });

  it("needs the user; rules are made by application credentials, not on their own", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: user_id is required
    await expect(facade.listAccessRules()).rejects.toThrow(/'user_id' is needed/);
    // @ts-expect-error: Keystone has no create for access rules
    expect(facade.createAccessRule).toBeUndefined();
    expect(seen).toHaveLength(0);
  });
});

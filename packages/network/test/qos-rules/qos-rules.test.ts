import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud, noContent, sent } from "../fixtures.js";
import { qosPolicyBody } from "../qos-policies/fixtures.js";
import { qosBandwidthLimitRules } from "../../src/qos-rules/bandwidth-limit-rule.js";
import { qosDscpMarkingRules } from "../../src/qos-rules/dscp-marking-rule.js";
import {
  bandwidthLimitRuleBody,
  dscpMarkingRuleBody,
  minimumBandwidthRuleBody,
  minimumPacketRateRuleBody,
  policyId,
} from "./fixtures.js";
import { qosMinimumBandwidthRules } from "../../src/qos-rules/minimum-bandwidth-rule.js";
import { qosMinimumPacketRateRules } from "../../src/qos-rules/minimum-packet-rate-rule.js";

const { server, setup } = networkCloud();

/** Each rule type: its definition, its sample body, a create and an update from the API reference. */
const kinds = [
  {
    rules: qosBandwidthLimitRules,
    body: bandwidthLimitRuleBody,
    create: { max_kbps: 10000 },
    update: { max_kbps: 20000, direction: "ingress" },
  },
  { rules: qosDscpMarkingRules, body: dscpMarkingRuleBody, create: { dscp_mark: 26 }, update: { dscp_mark: 46 } },
  {
    rules: qosMinimumBandwidthRules,
    body: minimumBandwidthRuleBody,
    create: { min_kbps: 10000 },
    update: { min_kbps: 5000 },
  },
  {
    rules: qosMinimumPacketRateRules,
    body: minimumPacketRateRuleBody,
    create: { min_kpps: 1000, direction: "any" },
    update: { min_kpps: 2000 },
  },
] as const;

describe("QoS rules", () => {
  it.each(kinds)(
    "$rules.pluralKey: create, list, get, update and delete under the policy",
    async ({ rules, body, create, update }) => {
      const { session, seen } = setup();
      const base = `${API}/qos/policies/:policy/${rules.pluralKey}`;
      server.use(
        http.post(base, () => HttpResponse.json({ [rules.key]: body }, { status: 201 })),
        http.get(base, () => HttpResponse.json({ [rules.pluralKey]: [body] })),
        http.get(`${base}/:id`, () => HttpResponse.json({ [rules.key]: body })),
        http.put(`${base}/:id`, async ({ request }) =>
          HttpResponse.json({
            [rules.key]: { ...body, ...((await request.json()) as Record<string, object>)[rules.key] },
          }),
        ),
        http.delete(`${base}/:id`, () => noContent()),
      );
      // The tree-shaking functions, generic over the four definitions.
      const r = rules as typeof qosBandwidthLimitRules;
      const created = await r.create(session, { qos_policy_id: policyId, ...(create as { max_kbps: number }) });
      expect(created.id).toBe(body.id);
      expect((await r.list(session, { qos_policy_id: { id: policyId } })).map((x) => x.id)).toEqual([body.id]);
      await r.get(session, body.id, { qos_policy_id: policyId });
      const changed = await r.update(session, body.id, update as object, { qos_policy_id: policyId });
      expect(changed).toMatchObject(update);
      await r.delete(session, body.id, { qos_policy_id: policyId });
      const path = `/v2.0/qos/policies/${policyId}/${rules.pluralKey}`;
      expect(seen.map(sent)).toEqual([
        `POST ${path}`,
        `GET ${path}`,
        `GET ${path}/${body.id}`,
        `PUT ${path}/${body.id}`,
        `DELETE ${path}/${body.id}`,
      ]);
      expect(await bodyOf(seen[0]!)).toEqual({ [rules.key]: create });
      expect(await bodyOf(seen[3]!)).toEqual({ [rules.key]: update });
    },
  );

  it("takes the policy from a rule of the policy's `rules`, which carries qos_policy_id", async () => {
    const { facade, seen } = setup();
    const [bandwidth, dscp] = qosPolicyBody.rules;
    server.use(
      http.put(`${API}/qos/policies/:policy/bandwidth_limit_rules/:id`, () =>
        HttpResponse.json({ bandwidth_limit_rule: { ...bandwidthLimitRuleBody, max_kbps: 5000 } }),
      ),
      http.delete(`${API}/qos/policies/:policy/dscp_marking_rules/:id`, () => noContent()),
    );
    expect((await facade.updateQosBandwidthLimitRule(bandwidth!, { max_kbps: 5000 })).max_kbps).toBe(5000);
    await facade.deleteQosDscpMarkingRule(dscp!);
    expect(seen.map(sent)).toEqual([
      `PUT /v2.0/qos/policies/${policyId}/bandwidth_limit_rules/${bandwidth!.id}`,
      `DELETE /v2.0/qos/policies/${policyId}/dscp_marking_rules/${dscp!.id}`,
    ]);
  });

  it("checks the policy, the required value and its range of kinds before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: the policy is missing
    await expect(facade.listQosMinimumBandwidthRules()).rejects.toThrow(/'qos_policy_id' is needed/);
    await expect(facade.getQosDscpMarkingRule(dscpMarkingRuleBody.id)).rejects.toBeInstanceOf(InvalidArgumentError);
    // @ts-expect-error: max_kbps is required
    await expect(facade.createQosBandwidthLimitRule({ qos_policy_id: policyId, max_burst_kbps: 100 })).rejects.toThrow(
      /needs 'max_kbps'/,
    );
    // @ts-expect-error: 27 is not a DSCP mark Neutron accepts
    await expect(facade.createQosDscpMarkingRule({ qos_policy_id: policyId, dscp_mark: 27 })).rejects.toThrow(
      /wrong type/,
    );
    await expect(
      // @ts-expect-error: only packet-rate rules take `any`
      facade.createQosMinimumBandwidthRule({ qos_policy_id: policyId, min_kbps: 1, direction: "any" }),
    ).rejects.toThrow(/wrong type/);
    expect(seen).toHaveLength(0);
  });
});

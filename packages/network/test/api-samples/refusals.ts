// The Networking API reference samples the SDK refuses on purpose, why each is acceptable,
// and the other half of each refused row, proven on its own.
import { addressScopes } from "../../src/address-scopes/address-scope.js";
import { qosPolicies } from "../../src/qos-policies/qos-policy.js";
import { qosBandwidthLimitRules } from "../../src/qos-rules/bandwidth-limit-rule.js";
import { qosDscpMarkingRules } from "../../src/qos-rules/dscp-marking-rule.js";
import { qosMinimumBandwidthRules } from "../../src/qos-rules/minimum-bandwidth-rule.js";
import { quotas } from "../../src/quotas/quota.js";
import { securityGroupRules } from "../../src/security-group-rules/security-group-rule.js";
import { subnetPools } from "../../src/subnet-pools/subnet-pool.js";
import { get, ID, type SampleCase, update } from "../../../../test/support/api-sample-rows.js";

const numberAsString =
  "the sample writes an integer as a string; Neutron converts it, but the SDK types the field as the number " +
  "Neutron answers and refuses a string before sending; the same call with the number sends what the reference means";
const booleanAsString =
  'the sample writes a boolean as a string ("True", "false"); the SDK types the field as the boolean Neutron ' +
  "answers and refuses a string before sending; the same call with the boolean sends what the reference means";
const bareRuleType =
  'the sample prints the rule type without its rule_type envelope; Neutron\'s show answers {"rule_type": {…}} ' +
  "like every other show (openstacksdk reads it with resource_key rule_type), and the SDK names the missing envelope";

/** Samples the SDK refuses on purpose, by the file that makes it refuse: the error, and why that is acceptable. */
export const refusals: Readonly<Record<string, readonly [RegExp, string]>> = {
  "address-scopes/address-scope-create-request.json": [
    /'tenant_id' cannot be set/,
    "the sample sends tenant_id beside project_id; tenant_id is the old name of project_id, which every Neutron " +
      "declaration here keeps read-only so that one name is written (project_id, sent by the same sample)",
  ],
  "qos/bandwidth_limit_rule-create-request.json": [/'max_kbps' has the wrong type \(string\)/, numberAsString],
  "qos/bandwidth_limit_rule-update-request.json": [/'max_kbps' has the wrong type \(string\)/, numberAsString],
  "qos/dscp_marking_rule-create-request.json": [/'dscp_mark' has the wrong type \(string\)/, numberAsString],
  "qos/dscp_marking_rule-update-request.json": [/'dscp_mark' has the wrong type \(string\)/, numberAsString],
  "qos/minimum_bandwidth_rule-create-request.json": [/'min_kbps' has the wrong type \(string\)/, numberAsString],
  "qos/minimum_bandwidth_rule-update-request.json": [/'min_kbps' has the wrong type \(string\)/, numberAsString],
  "security-groups/security-group-rule-create-request.json": [
    /'port_range_min' has the wrong type \(string\)/,
    numberAsString,
  ],
  "quotas/quotas-update-request.json": [/'check_limit' has the wrong type \(string\)/, booleanAsString],
  "subnets/subnetpool-create-request.json": [/'shared' has the wrong type \(string\)/, booleanAsString],
  "qos/policy-update-response.json": [
    /policy\.rules is undefined/,
    "the reference's update answer leaves out rules; Neutron answers an update with the whole policy, rules " +
      "included, as show and list do, so rules stays required rather than make every reader handle its absence",
  ],
  "qos/rule_type-details-bandwidth_limit-response.json": [/rule_type is missing from the response/, bareRuleType],
  "qos/rule_type-details-dscp_marking-response.json": [/rule_type is missing from the response/, bareRuleType],
};

/**
 * The other half of each refused row: the answer paired with a refused request, read by get
 * (the item a create or update answers is the one a show does), and the request paired with
 * a refused answer, sent alone.
 */
export const otherHalves: readonly SampleCase[] = [
  update(qosPolicies, "qos/policy-update-request.json", undefined),
  get(addressScopes, "address-scopes/address-scope-create-response.json"),
  ...(
    [
      [qosBandwidthLimitRules, "bandwidth_limit_rule"],
      [qosDscpMarkingRules, "dscp_marking_rule"],
      [qosMinimumBandwidthRules, "minimum_bandwidth_rule"],
    ] as const
  ).flatMap(([resource, name]) =>
    ["create", "update"].map((verb) => get(resource, `qos/${name}-${verb}-response.json`, { qos_policy_id: ID })),
  ),
  get(securityGroupRules, "security-groups/security-group-rule-create-response.json"),
  get(quotas, "quotas/quotas-update-response.json"),
  get(subnetPools, "subnets/subnetpool-create-response.json"),
];

import * as v from "valibot";

/**
 * What every QoS rule has: its id, and (in newer Neutrons, and in a policy's `rules`) the
 * policy it belongs to. Rules live at qos/policies/{qos_policy_id}/<type>_rules, so a rule
 * taken from a policy's `rules` carries the id its URL needs.
 */
export const qosRuleAttributes = {
  id: v.string(),
  qos_policy_id: v.optional(v.string()),
  tenant_id: v.optional(v.string()),
  project_id: v.optional(v.string()),
};

/** Fields of every rule only the server sets; the policy id is the URL's, not the body's. */
export const qosRuleReadOnly = ["id", "qos_policy_id", "tenant_id"] as const;

/** Field filters every rule collection takes, besides the rule's own fields (and `sortFilters`). */
export const qosRuleFilters = ["id"] as const;

/** Traffic leaving the VM (egress, the default) or entering it. */
export const direction = v.optional(v.picklist(["ingress", "egress"]));

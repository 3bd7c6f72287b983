import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import { qosRuleAttributes, qosRuleFilters, qosRuleReadOnly } from "./qos-rule.js";
import { fieldSelection, sortFilters } from "../standard-attributes.js";

/** The DSCP values Neutron accepts: 0 and the standard per-hop behaviours. */
const DSCP_MARKS = [0, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 46, 48, 56] as const;

/** Marks a port's outgoing packets with a DSCP value. */
export const QosDscpMarkingRule = v.looseObject({
  ...qosRuleAttributes,
  dscp_mark: v.picklist(DSCP_MARKS),
});

export const qosDscpMarkingRules = defineResource({
  service: networkService,
  path: "qos/policies/{qos_policy_id}/dscp_marking_rules",
  singular: "QosDscpMarkingRule",
  plural: "QosDscpMarkingRules",
  key: "dscp_marking_rule",
  pluralKey: "dscp_marking_rules",
  schema: QosDscpMarkingRule,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  getQuery: fieldSelection,
  query: [...qosRuleFilters, "dscp_mark"],
  filters: sortFilters,
  required: ["dscp_mark"],
  readOnly: qosRuleReadOnly,
  createOnly: ["project_id"],
});

/** A QosDscpMarkingRule as the API returns it (its declared fields; extra fields pass through at run time). */
export type QosDscpMarkingRule = Item<typeof qosDscpMarkingRules>;

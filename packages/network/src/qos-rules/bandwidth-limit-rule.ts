import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import { direction, qosRuleAttributes, qosRuleFilters, qosRuleReadOnly } from "./qos-rule.js";
import { fieldSelection, sortFilters } from "../standard-attributes.js";

/** Caps a port's bandwidth (kbps), with an allowed burst (kilobits). */
export const QosBandwidthLimitRule = v.looseObject({
  ...qosRuleAttributes,
  max_kbps: v.number(),
  max_burst_kbps: v.optional(v.number()),
  direction,
});

export const qosBandwidthLimitRules = defineResource({
  service: networkService,
  path: "qos/policies/{qos_policy_id}/bandwidth_limit_rules",
  singular: "QosBandwidthLimitRule",
  plural: "QosBandwidthLimitRules",
  key: "bandwidth_limit_rule",
  pluralKey: "bandwidth_limit_rules",
  schema: QosBandwidthLimitRule,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  getQuery: fieldSelection,
  query: [...qosRuleFilters, "max_kbps", "max_burst_kbps", "direction"],
  filters: sortFilters,
  required: ["max_kbps"],
  readOnly: qosRuleReadOnly,
  createOnly: ["project_id"],
});

/** A QosBandwidthLimitRule as the API returns it (its declared fields; extra fields pass through at run time). */
export type QosBandwidthLimitRule = Item<typeof qosBandwidthLimitRules>;

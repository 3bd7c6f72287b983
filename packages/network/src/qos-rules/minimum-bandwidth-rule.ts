import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import { direction, qosRuleAttributes, qosRuleFilters, qosRuleReadOnly } from "./qos-rule.js";
import { fieldSelection, sortFilters } from "../standard-attributes.js";

/** Guarantees a port a bandwidth (kbps); Placement schedules VMs so the guarantee holds. */
export const QosMinimumBandwidthRule = v.looseObject({
  ...qosRuleAttributes,
  min_kbps: v.number(),
  direction,
});

export const qosMinimumBandwidthRules = defineResource({
  service: networkService,
  path: "qos/policies/{qos_policy_id}/minimum_bandwidth_rules",
  singular: "QosMinimumBandwidthRule",
  plural: "QosMinimumBandwidthRules",
  key: "minimum_bandwidth_rule",
  pluralKey: "minimum_bandwidth_rules",
  schema: QosMinimumBandwidthRule,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  getQuery: fieldSelection,
  query: [...qosRuleFilters, "min_kbps", "direction"],
  filters: sortFilters,
  required: ["min_kbps"],
  readOnly: qosRuleReadOnly,
  createOnly: ["project_id"],
});

/** A QosMinimumBandwidthRule as the API returns it (its declared fields; extra fields pass through at run time). */
export type QosMinimumBandwidthRule = Item<typeof qosMinimumBandwidthRules>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import { qosRuleAttributes, qosRuleFilters, qosRuleReadOnly } from "./qos-rule.js";
import { fieldSelection, sortFilters } from "../standard-attributes.js";

/** Guarantees a port a packet rate (kpps), in one direction or, with `any`, in both together. */
export const QosMinimumPacketRateRule = v.looseObject({
  ...qosRuleAttributes,
  min_kpps: v.number(),
  direction: v.optional(v.picklist(["ingress", "egress", "any"])),
});

export const qosMinimumPacketRateRules = defineResource({
  service: networkService,
  path: "qos/policies/{qos_policy_id}/minimum_packet_rate_rules",
  singular: "QosMinimumPacketRateRule",
  plural: "QosMinimumPacketRateRules",
  key: "minimum_packet_rate_rule",
  pluralKey: "minimum_packet_rate_rules",
  schema: QosMinimumPacketRateRule,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  getQuery: fieldSelection,
  query: [...qosRuleFilters, "min_kpps", "direction"],
  filters: sortFilters,
  required: ["min_kpps"],
  readOnly: qosRuleReadOnly,
  createOnly: ["project_id"],
});

/** A QosMinimumPacketRateRule as the API returns it (its declared fields; extra fields pass through at run time). */
export type QosMinimumPacketRateRule = Item<typeof qosMinimumPacketRateRules>;

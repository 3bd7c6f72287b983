import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import { fieldSelection } from "../standard-attributes.js";

/** A parameter a driver supports for the rule type, with its range or choices. */
const SupportedParameter = v.looseObject({
  parameter_name: v.string(),
  // range ({start, end}) or choices (a list).
  parameter_type: v.string(),
  parameter_values: v.unknown(),
});

/**
 * A kind of QoS rule the cloud's drivers enforce (`bandwidth_limit`, `dscp_marking`, …),
 * named by its type. Getting one tells which drivers support it, and with what parameters.
 */
export const QosRuleType = v.looseObject({
  type: v.string(),
  // Only in getQosRuleType's answer (qos-rule-type-details).
  drivers: v.optional(
    v.array(v.looseObject({ name: v.string(), supported_parameters: v.optional(v.array(SupportedParameter)) })),
  ),
});

export const qosRuleTypes = defineResource({
  service: networkService,
  path: "qos/rule-types",
  singular: "QosRuleType",
  plural: "QosRuleTypes",
  key: "rule_type",
  pluralKey: "rule_types",
  idField: "type",
  schema: QosRuleType,
  verbs: ["list", "get", "find"],
  getQuery: fieldSelection,
  // all_supported: the types any loaded driver supports; all_rules: every type Neutron knows.
  filters: { all_supported: v.boolean(), all_rules: v.boolean() },
});

/** A QosRuleType as the API returns it (its declared fields; extra fields pass through at run time). */
export type QosRuleType = Item<typeof qosRuleTypes>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import {
  fieldSelection,
  optionalString,
  sortFilters,
  standardAttributes,
  standardReadOnly,
  unnamedFilters,
} from "../standard-attributes.js";

const optionalPort = v.optional(v.nullable(v.number()));

/**
 * One rule of a security group: traffic it lets in (ingress) or out (egress). Rules have
 * no name and cannot change; replace one by deleting it and creating another.
 */
export const SecurityGroupRule = v.looseObject({
  ...standardAttributes,
  id: v.string(),
  security_group_id: v.string(),
  direction: v.picklist(["ingress", "egress"]),
  ethertype: v.picklist(["IPv4", "IPv6"]),
  // A name (tcp, udp, icmp, …), a number as a string, or null for any protocol.
  protocol: v.nullable(v.string()),
  port_range_min: optionalPort,
  port_range_max: optionalPort,
  // Where the traffic may come from (or go to): a CIDR, another group, or an address group.
  remote_ip_prefix: optionalString,
  remote_group_id: optionalString,
  remote_address_group_id: optionalString,
  normalized_cidr: optionalString,
  belongs_to_default_sg: v.optional(v.nullable(v.boolean())),
});

type RuleFields = v.InferOutput<v.ObjectSchema<typeof SecurityGroupRule.entries, undefined>>;

/** One rule of a bulk create: what createSecurityGroupRule takes. */
export type SecurityGroupRuleCreate = Pick<RuleFields, "security_group_id" | "direction"> &
  Partial<
    Pick<
      RuleFields,
      | "ethertype"
      | "protocol"
      | "port_range_min"
      | "port_range_max"
      | "remote_ip_prefix"
      | "remote_group_id"
      | "remote_address_group_id"
      | "description"
      | "project_id"
    >
  >;

export const securityGroupRules = defineResource({
  service: networkService,
  path: "security-group-rules",
  singular: "SecurityGroupRule",
  plural: "SecurityGroupRules",
  key: "security_group_rule",
  pluralKey: "security_group_rules",
  schema: SecurityGroupRule,
  // No update: Neutron refuses to change a rule.
  verbs: ["list", "get", "find", "create", "delete"],
  getQuery: { ...fieldSelection, verbose: v.boolean() },
  // Rules are not taggable, so Neutron refuses the tag filters here.
  query: [
    ...unnamedFilters,
    "security_group_id",
    "direction",
    "ethertype",
    "protocol",
    "port_range_min",
    "port_range_max",
    "remote_ip_prefix",
    "remote_group_id",
    "remote_address_group_id",
    "normalized_cidr",
  ],
  filters: sortFilters,
  required: ["security_group_id", "direction"],
  readOnly: ["id", ...standardReadOnly, "tags", "normalized_cidr", "belongs_to_default_sg"],
  actions: {
    /** Creates several rules in one request (openstacksdk's create_security_group_rules); answers `{ security_group_rules }`. */
    createSecurityGroupRules: {
      method: "POST",
      path: "security-group-rules",
      body: (args: { security_group_rules: readonly SecurityGroupRuleCreate[] }) => ({
        security_group_rules: args.security_group_rules,
      }),
      returns: "json",
    },
  },
});

/** A SecurityGroupRule as the API returns it (its declared fields; extra fields pass through at run time). */
export type SecurityGroupRule = Item<typeof securityGroupRules>;

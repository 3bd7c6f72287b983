import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { SecurityGroupRule } from "../security-group-rules/security-group-rule.js";
import { networkService } from "../descriptor.js";
import {
  fieldSelection,
  sortFilters,
  standardAttributes,
  standardFilters,
  standardReadOnly,
  tagFilters,
} from "../standard-attributes.js";

/**
 * A Neutron security group: a named set of rules applied to ports. Neutron creates it with
 * two egress rules (IPv4 and IPv6, anything allowed) and returns its rules inline.
 */
export const SecurityGroup = v.looseObject({
  ...standardAttributes,
  id: v.string(),
  name: v.string(),
  security_group_rules: v.array(SecurityGroupRule),
  // False: connection tracking off, every packet checked against the rules.
  stateful: v.optional(v.boolean()),
  // True when an RBAC policy shares it with the caller's project.
  shared: v.optional(v.boolean()),
});

export const securityGroups = defineResource({
  service: networkService,
  path: "security-groups",
  singular: "SecurityGroup",
  plural: "SecurityGroups",
  key: "security_group",
  pluralKey: "security_groups",
  schema: SecurityGroup,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  getQuery: { ...fieldSelection, verbose: v.boolean() },
  query: [...standardFilters, "shared"],
  filters: { ...sortFilters, ...tagFilters },
  readOnly: ["id", ...standardReadOnly, "security_group_rules", "shared"],
  createOnly: ["project_id"],
});

/** A SecurityGroup as the API returns it (its declared fields; extra fields pass through at run time). */
export type SecurityGroup = Item<typeof securityGroups>;

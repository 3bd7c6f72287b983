import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import { fieldSelection, ownership, sortFilters } from "../standard-attributes.js";

/**
 * A Neutron RBAC policy: grants another project (or every project, `*`) an action on one
 * object, such as `access_as_shared` on a network. Only the target project can change.
 */
export const RbacPolicy = v.looseObject({
  ...ownership,
  id: v.string(),
  // network, qos_policy, security_group, address_scope, subnetpool, address_group, …
  object_type: v.string(),
  object_id: v.string(),
  // access_as_shared, or access_as_external for networks.
  action: v.string(),
  target_tenant: v.string(),
});

export const rbacPolicies = defineResource({
  service: networkService,
  path: "rbac-policies",
  singular: "RbacPolicy",
  plural: "RbacPolicies",
  key: "rbac_policy",
  pluralKey: "rbac_policies",
  schema: RbacPolicy,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  getQuery: fieldSelection,
  query: ["id", "project_id", "tenant_id", "object_type", "object_id", "action", "target_tenant"],
  filters: sortFilters,
  required: ["object_type", "object_id", "action", "target_tenant"],
  readOnly: ["id", "tenant_id"],
  createOnly: ["object_type", "object_id", "action", "project_id"],
});

/** An RbacPolicy as the API returns it (its declared fields; extra fields pass through at run time). */
export type RbacPolicy = Item<typeof rbacPolicies>;

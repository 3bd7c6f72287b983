import * as v from "valibot";

/** A string field Neutron may leave out or send as null. */
export const optionalString = v.optional(v.nullable(v.string()));

/**
 * The attributes Neutron gives every resource that has them (its "standard attributes"
 * extension plus tags and ownership), declared once and spread into each schema.
 */
export const standardAttributes = {
  description: optionalString,
  project_id: v.optional(v.string()),
  tenant_id: v.optional(v.string()),
  tags: v.optional(v.array(v.string())),
  revision_number: v.optional(v.number()),
  created_at: v.optional(v.string()),
  updated_at: v.optional(v.string()),
};

/**
 * Ownership alone, for resources without standard attributes (address scopes, RBAC
 * policies): no description, tags, revision or timestamps.
 */
export const ownership = {
  project_id: v.optional(v.string()),
  tenant_id: v.optional(v.string()),
};

/** Standard attributes only the server sets. `tenant_id` is the old name of `project_id`. */
export const standardReadOnly = ["revision_number", "created_at", "updated_at", "tenant_id"] as const;

/**
 * Neutron's non-field filters: the sorting extension's parameters, which every collection
 * takes, and the tag filters, which only resources Neutron tags accept.
 */
export { fieldSelection, sortFilters, tagFilters } from "@openstack-ts/core";

/**
 * Field filters of a resource with standard attributes but without a name or tags (security
 * group rules, floating IPs add their own): Neutron refuses a filter on a field a resource lacks.
 */
export const unnamedFilters = ["id", "description", "project_id", "tenant_id", "revision_number"] as const;

/** Field filters every named, taggable Neutron collection accepts (networks, routers, trunks, …), beside `sortFilters` and `tagFilters`. */
export const standardFilters = ["name", ...unnamedFilters] as const;

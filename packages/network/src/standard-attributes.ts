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

/** Standard attributes only the server sets. `tenant_id` is the old name of `project_id`. */
export const standardReadOnly = ["revision_number", "created_at", "updated_at", "tenant_id"] as const;

/** Filters every Neutron collection with standard attributes accepts. */
export const standardFilters = [
  "id", "name", "description", "project_id", "tenant_id", "revision_number",
  "tags", "tags-any", "not-tags", "not-tags-any", "sort_key", "sort_dir",
] as const;

import * as v from "valibot";

export { fieldSelection, sortFilters, tagFilters } from "@openstack-ts/core";

/** A string field Octavia may leave out or send as null. */
export const optionalString = v.optional(v.nullable(v.string()));

/** A reference to another object by id, as Octavia lists them (`"pools": [{"id": …}]`). */
export const IdRef = v.looseObject({ id: v.string() });
export const idRefs = v.optional(v.array(IdRef));

/**
 * The fields every object of the load balancer tree has: ownership, the two statuses,
 * timestamps, tags. `provisioning_status` says whether the last change is done
 * (ACTIVE, PENDING_CREATE/UPDATE/DELETE, ERROR); `operating_status` what the amphorae see.
 */
export const treeFields = {
  id: v.string(),
  name: optionalString,
  description: optionalString,
  project_id: v.optional(v.string()),
  admin_state_up: v.optional(v.boolean()),
  provisioning_status: v.optional(v.string()),
  operating_status: v.optional(v.string()),
  created_at: optionalString,
  updated_at: optionalString,
  tags: v.optional(v.array(v.string())),
};

/** Fields only Octavia sets, on every object of the tree. */
export const treeReadOnly = ["id", "provisioning_status", "operating_status", "created_at", "updated_at"] as const;

/** Field filters every object of the tree takes (Octavia filters by any field it returns). */
export const treeQuery = [
  "id",
  "name",
  "description",
  "project_id",
  "admin_state_up",
  "provisioning_status",
  "operating_status",
] as const;

/**
 * waitFor reads `provisioning_status`: ERROR is a failure. Waiting for ACTIVE is waiting
 * for the last change to be done (the worker's flow has run).
 */
export const provisioning = { field: "provisioning_status", failures: ["ERROR"] } as const;

/** Octavia's sorting: `sort=key:dir,…`, or the older `sort_key` and `sort_dir`. */
export const octaviaSort = { sort: v.string() };

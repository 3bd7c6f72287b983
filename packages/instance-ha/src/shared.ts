import * as v from "valibot";

/** A string the API may answer as `null` (descriptions, timestamps not yet set). */
export const nullableString = v.nullable(v.string());

/** Optional and nullable: fields some answers leave out. */
export const maybeString = v.optional(nullableString);

/** Masakari's soft-delete bookkeeping and timestamps, on every record it answers. */
export const recordFields = {
  created_at: maybeString,
  updated_at: maybeString,
  deleted_at: maybeString,
  deleted: v.optional(v.boolean()),
};

/** The record fields only Masakari sets, for each resource's `readOnly`. */
export const recordReadOnly = ["id", "created_at", "updated_at", "deleted_at", "deleted"] as const;

/** Masakari's list filters beyond the fields: the sort. */
export const masakariSort = {
  sort_key: v.string(),
  sort_dir: v.picklist(["asc", "desc"]),
};

/**
 * Masakari pages by the integer `id` of the last item (`marker=4`), not by its uuid: on
 * PostgreSQL a uuid marker fails the query (500), on MySQL it would silently match nothing.
 */
export const MARKER_FIELD = "id";

/** The microversion whose answers every schema here understands (Zed's highest). */
export const MAX_MICROVERSION = "1.2";

import * as v from "valibot";

/** A string the API may answer as `null` (descriptions, timestamps not yet set). */
export const nullableString = v.nullable(v.string());

/** Optional and nullable: fields the reference's samples leave out of some answers. */
export const maybeString = v.optional(nullableString);

/** Designate's `links` of one item: `self`, and a few kinds name related things (`zone`, `export`). */
export const itemLinks = v.optional(v.record(v.string(), v.string()));

/** The fields every Designate record of the database carries, as the server sets them. */
export const timestamps = {
  created_at: maybeString,
  updated_at: maybeString,
};

/** Designate's list filters beyond the fields: the sort, as the API-WG names it. */
export const designateSort = {
  sort_key: v.string(),
  sort_dir: v.picklist(["asc", "desc"]),
};

/**
 * The states Designate gives zones, recordsets, PTR records and tasks: a change is PENDING
 * until every nameserver of the pool has it, then ACTIVE (zones, recordsets) or COMPLETE
 * (imports, exports, transfer accepts); ERROR when a nameserver refused or never caught up.
 */
export const FAILED = ["ERROR"] as const;

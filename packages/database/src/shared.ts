import * as v from "valibot";

/** A string the API may answer as `null` (descriptions, a backup's parent). */
export const nullableString = v.nullable(v.string());

/** Optional and nullable: fields some answers leave out. */
export const maybeString = v.optional(nullableString);

/** Trove's links on every item: `self` and `bookmark` (always `https://`, whatever the endpoint). */
export const links = v.optional(v.array(v.looseObject({ href: v.string(), rel: v.string() })));

/**
 * An id, or an item carrying one: what Trove's bodies take where they name another resource
 * (a flavor, a configuration group, an instance).
 */
export type IdRef = string | { readonly id: string };

/** The id of an `IdRef`. */
export const idOf = (ref: IdRef): string => (typeof ref === "string" ? ref : ref.id);

/**
 * Trove's lists page by `limit` and `marker` (the last item's id). Its next links are forced
 * to `https://` (trove/common/pagination.py): the SDK follows them on the endpoint it called,
 * and where a page has none asks by marker until a page comes back empty.
 */
export const PAGINATION = "marker";

import { sortFilters } from "@openstack-ts/core";
import * as v from "valibot";

/**
 * The highest microversion every schema of this package understands: Zed's Cinder offers
 * 3.70. Fields added after 3.0 are optional in the schemas, so older clouds parse too.
 */
export const MAX_MICROVERSION = "3.70";

/** The sorting and paging filters every Cinder list takes; `sort` is `key:dir,…`. */
export const listFilters = { ...sortFilters, sort: v.string(), offset: v.number() };

/** An admin's view beyond the token's project: every project's items, or one other project's. */
export const projectFilters = { all_tenants: v.boolean(), project_id: v.string() };

/** A string Cinder may leave out or send as null. */
export const optionalString = v.optional(v.nullable(v.string()));

/** A string Cinder always sends, sometimes as null (an unnamed volume's `name`). */
export const nullableString = v.nullable(v.string());

/** Cinder's free-form metadata: string keys, string values. */
export const Metadata = v.record(v.string(), v.string());

/** `self` and `bookmark` links of an item. */
export const links = v.optional(v.array(v.looseObject({ href: v.string(), rel: v.string() })));

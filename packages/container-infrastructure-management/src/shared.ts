import * as v from "valibot";

/**
 * The highest microversion whose answers the schemas here understand (Zed's Magnum offers
 * 1.10). Every call sends min(this, the server's maximum); the calls that need more than 1.1
 * (stats 1.4, CA rotation 1.5, quotas 1.6, resize 1.7, upgrade 1.8, node groups 1.9) say so.
 */
export const MAGNUM_MAX = "1.10";

/** A string the API may answer as `null` (a template's unset proxies, a cluster's api_address). */
export const nullableString = v.nullable(v.string());

/** Optional and nullable: fields the summary lists and older microversions leave out. */
export const maybeString = v.optional(nullableString);

/** A count the API may answer as `null`, or leave out of a summary. */
export const maybeNumber = v.optional(v.nullable(v.number()));

/** A flag the API may answer as `null`, or leave out of a summary. */
export const maybeBoolean = v.optional(v.nullable(v.boolean()));

/** Labels: the driver's settings by name, strings on the wire (Magnum also takes numbers and booleans). */
export const labels = v.optional(v.nullable(v.record(v.string(), v.union([v.string(), v.number(), v.boolean()]))));

/** Magnum's `{href, rel}` links (self and bookmark) on every item. */
export const links = v.optional(v.array(v.looseObject({ href: v.string(), rel: v.string() })));

/** When the server made and last changed the record. */
export const timestamps = {
  created_at: maybeString,
  updated_at: maybeString,
};

/** Magnum's list parameters beyond the fields: the sort. */
export const magnumSort = {
  sort_key: v.string(),
  sort_dir: v.picklist(["asc", "desc"]),
};

/** Fields only the server sets on clusters, node groups and templates. */
export const SERVER_SET = ["uuid", "links", "project_id", "user_id", "created_at", "updated_at"] as const;

/** Magnum's updates are RFC 6902 JSON patches sent as plain JSON. */
export const JSON_PATCH = "application/json";

/** The answer of a call Magnum runs later (a cluster's create, update, resize, upgrade, CA rotation). */
export const ClusterId = v.looseObject({ uuid: v.string() });
export type ClusterId = v.InferOutput<typeof ClusterId>;

/** A cluster (or node group) by its uuid or name, or the item. */
export type UuidRef = string | { readonly uuid: string };

export const uuidOf = (ref: UuidRef): string => (typeof ref === "string" ? ref : ref.uuid);

import * as v from "valibot";

/**
 * The highest microversion whose answers the schemas here understand: Zed's (2.73). A newer
 * server is asked for this one; an older one for its own highest.
 */
export const MANILA_MAX = "2.73";

/** A string the API may answer as `null` (descriptions, timestamps not yet set). */
export const nullableString = v.nullable(v.string());

/** Optional and nullable: fields some microversions or some answers leave out. */
export const maybeString = v.optional(nullableString);

/** A number the API may leave out or answer as `null`. */
export const maybeNumber = v.optional(v.nullable(v.number()));

/** A boolean the API may leave out or answer as `null`. */
export const maybeBoolean = v.optional(v.nullable(v.boolean()));

/** Items' `links`: self and bookmark. */
export const links = v.optional(v.array(v.looseObject({ href: v.string(), rel: v.string() })));

/** Metadata and extra specs: text by key (extra specs may come back as booleans from old clouds). */
export const Metadata = v.record(v.string(), v.string());

export const timestamps = { created_at: maybeString, updated_at: maybeString };

/** Manila's list filters beyond fields: the sort, and the page offset Manila pages by. */
export const manilaSort = {
  sort_key: v.string(),
  sort_dir: v.picklist(["asc", "desc"]),
  offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
};

/** An action whose body is `{ <name>: null }` (force_delete, unmanage, …), on a `…/{placeholder}/action` path. */
/* @__NO_SIDE_EFFECTS__ */
export function bareAction<P extends string>(path: P, name: string) {
  return { method: "POST", path, body: () => ({ [name]: null }), maxMicroversion: MANILA_MAX } as const;
}

/** An action whose body is `{ reset_status: { status } }` (admin): sets the state the database holds, nothing else. */
/* @__NO_SIDE_EFFECTS__ */
export function resetStatusAction<P extends string>(path: P) {
  return {
    method: "POST",
    path,
    body: (a: { status: string }) => ({ reset_status: { status: a.status } }),
    maxMicroversion: MANILA_MAX,
  } as const;
}

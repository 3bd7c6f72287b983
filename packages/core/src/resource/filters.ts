import * as v from "valibot";

// A filter's schema types one value; every filter also takes a list of them (see ListQuery).

/**
 * The API-WG sorting parameters (Neutron, Nova, Keystone, Glance, Cinder); lists pair keys
 * with directions. `sort_dir` is `asc` or `desc`, left to the server to check: a picklist
 * here would cost every bundle with one list ~100 bytes.
 */
export const sortFilters = {
  sort_key: v.string(),
  sort_dir: v.string(),
};

/** The API-WG tag filters (Neutron, Nova, Keystone): a tag or a list of tags, sent comma-separated. */
export const tagFilters = {
  tags: v.string(),
  "tags-any": v.string(),
  "not-tags": v.string(),
  "not-tags-any": v.string(),
};

/**
 * The field selection of a GET (Neutron's, on any item or list): the answer carries only the
 * fields named, and a one-item get is typed and checked as partial for it.
 */
export const fieldSelection = { fields: v.string() };

import * as v from "valibot";

/** One value or several: a list goes as repeated parameters (comma-separated for the tag filters). */
/* @__NO_SIDE_EFFECTS__ */
export function oneOrMany<S extends v.GenericSchema>(schema: S) {
  return v.union([schema, v.array(schema)]);
}

/**
 * The API-WG sorting parameters (Neutron, Nova, Keystone, Glance, Cinder): `sort_key` and
 * `sort_dir`, each one value or a list of them, pairwise.
 */
export const sortFilters = {
  sort_key: oneOrMany(v.string()),
  sort_dir: oneOrMany(v.picklist(["asc", "desc"])),
};

/** The API-WG tag filters (Neutron, Nova, Keystone): a tag or a list of tags, sent comma-separated. */
export const tagFilters = {
  tags: oneOrMany(v.string()),
  "tags-any": oneOrMany(v.string()),
  "not-tags": oneOrMany(v.string()),
  "not-tags-any": oneOrMany(v.string()),
};

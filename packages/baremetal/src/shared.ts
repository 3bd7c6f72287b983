import * as v from "valibot";

/**
 * The highest microversion whose answers the schemas here understand (Zed's Ironic, 21.x,
 * offers 1.82). Every call sends min(this, the server's maximum): a node is created in
 * `enroll` (1.11 and later), names, traits, VIFs, BIOS settings and allocations exist.
 */
export const IRONIC_MAX = "1.82";

/** A string the API may answer as `null` (descriptions, timestamps not yet set). */
export const nullableString = v.nullable(v.string());

/** Optional and nullable: fields the reference's samples or older microversions leave out. */
export const maybeString = v.optional(nullableString);

/** A free-form JSON object (`extra`, `driver_info`, `properties`, …). */
export const jsonObject = v.record(v.string(), v.unknown());

/** Ironic's `{href, rel}` links (self and bookmark) on every item. */
export const links = v.optional(v.array(v.looseObject({ href: v.string(), rel: v.string() })));

/** The fields every Ironic record carries, as the server sets them. */
export const timestamps = {
  created_at: maybeString,
  updated_at: maybeString,
};

/**
 * What a port and a port group both carry: the node they belong to, the physical network
 * they reach, and Ironic's bookkeeping.
 */
export const wiringFields = {
  uuid: v.string(),
  name: maybeString,
  node_uuid: v.string(),
  physical_network: maybeString,
  category: maybeString,
  internal_info: v.optional(v.nullable(jsonObject)),
  extra: v.optional(v.nullable(jsonObject)),
  ...timestamps,
  links,
};

/** Ironic's list filters beyond the fields: the sort, and `fields` on the non-detailed lists. */
export const ironicSort = {
  sort_key: v.string(),
  sort_dir: v.picklist(["asc", "desc"]),
};

/** Fields only the server sets on every Ironic item. */
export const SERVER_SET = ["uuid", "created_at", "updated_at", "links"] as const;

/** Ironic updates are RFC 6902 JSON patches sent as plain JSON. */
export const JSON_PATCH = "application/json";

/** One RFC 6902 operation, as Ironic's PATCH takes them (`/driver_info/ipmi_username` reaches into a field). */
export interface JsonPatchOperation {
  readonly op: "add" | "replace" | "remove";
  readonly path: string;
  readonly value?: unknown;
}

/**
 * openstacksdk's `patch_<resource>`: sends the caller's own JSON patch as it is (operations
 * inside a field, which the resource's update, replacing whole fields, cannot express), and
 * answers the item as Ironic then has it.
 */
export function patchAction<S extends v.GenericSchema>(path: string, idField: string, schema: S) {
  return {
    method: "PATCH",
    path,
    idField,
    maxMicroversion: IRONIC_MAX,
    body: (a: { patch: readonly JsonPatchOperation[] }) => a.patch,
    returns: "json",
    schema,
  } as const;
}

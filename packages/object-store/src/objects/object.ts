import * as v from "valibot";

/** An object as a container listing (`?format=json`) gives it. */
export const StoredObject = v.looseObject({
  name: v.string(),
  /** The MD5 of the content (for a large object, its manifest's ETag). */
  hash: v.string(),
  bytes: v.number(),
  content_type: v.string(),
  last_modified: v.string(),
  /** Present on symlinks (Swift's symlink middleware). */
  symlink_path: v.optional(v.string()),
});
export type StoredObject = v.InferOutput<typeof StoredObject>;

/** A pseudo-folder of a listing by `delimiter`: every name sharing the prefix up to the delimiter, as one entry. */
export const ObjectSubdir = v.looseObject({ subdir: v.string() });
export type ObjectSubdir = v.InferOutput<typeof ObjectSubdir>;

/** One entry of an object listing: an object, or (with a delimiter) a pseudo-folder. Tell them apart with `isObjectSubdir`. */
export const ObjectEntry = v.union([StoredObject, ObjectSubdir]);
export type ObjectEntry = v.InferOutput<typeof ObjectEntry>;

/** Whether a listing entry is a pseudo-folder (narrows the type; otherwise it is a `StoredObject`). */
export function isObjectSubdir(entry: ObjectEntry): entry is ObjectSubdir {
  return typeof (entry as { subdir?: unknown }).subdir === "string" && !("name" in entry);
}

import * as v from "valibot";

/** A string the API may answer as `null` (an error not yet set, a finish time). */
export const maybeString = v.optional(v.nullable(v.string()));

/** A free-form JSON object: stored introspection data, a rule's condition or action. */
export const jsonObject = v.record(v.string(), v.unknown());

/** The inspector's `{href, rel}` links on every item. */
export const links = v.optional(v.array(v.looseObject({ href: v.string(), rel: v.string() })));

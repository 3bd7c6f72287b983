import * as v from "valibot";

/** One option a configuration group may set for a datastore version, and its bounds. */
export const ConfigurationParameter = v.looseObject({
  name: v.string(),
  /** `string`, `integer`, `float`, `boolean`. */
  type: v.string(),
  /** Whether changing it needs the database restarted. */
  restart_required: v.boolean(),
  min: v.optional(v.number()),
  max: v.optional(v.number()),
  datastore_version_id: v.optional(v.string()),
});
export type ConfigurationParameter = v.InferOutput<typeof ConfigurationParameter>;

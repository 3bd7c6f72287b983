import * as v from "valibot";
import { anyMap, maybeString, ownerFields, statusFields } from "../shared.js";

/** A node: one physical object (a Nova server, a Heat stack) made from a profile. */
export const Node = v.looseObject({
  id: v.string(),
  name: v.string(),
  profile_id: v.string(),
  profile_name: maybeString,
  /** Its cluster, or null for an orphan. */
  cluster_id: maybeString,
  /** The id of what it made: the Nova server's id. */
  physical_id: maybeString,
  /** Its place in its cluster (-1 for an orphan). */
  index: v.optional(v.number()),
  role: maybeString,
  metadata: v.optional(anyMap),
  data: v.optional(anyMap),
  dependents: v.optional(anyMap),
  /** With `show_details`: the physical object as its service describes it. */
  details: v.optional(anyMap),
  /** 1.13 and later: marked to be replaced first when the cluster shrinks. */
  tainted: v.optional(v.boolean()),
  ...statusFields,
  ...ownerFields,
});

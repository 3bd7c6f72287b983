import type { CollectionSpec } from "../engine/collection.js";
import { PAGING_PARAMS } from "../engine/paging.js";
import type { Ctx } from "../engine/types.js";
import { badFilter } from "./octavia.js";

/** Octavia refuses a list filter that is no field of the object, in its own words (a 400). */
export function refuseUnknownFilters(spec: CollectionSpec, ctx: Ctx): void {
  const known = new Set([...PAGING_PARAMS.octavia, ...Object.keys(spec.filters ?? {})]);
  if ([...ctx.query.keys()].some((name) => !known.has(name))) throw badFilter();
}

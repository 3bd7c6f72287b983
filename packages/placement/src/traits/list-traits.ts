import type { CallOptions, Target } from "@openstack-ts/core";
import * as v from "valibot";
import { placementCall } from "../call.js";

const TraitNames = v.looseObject({ traits: v.array(v.string()) });

export interface ListTraitsQuery {
  /** `startswith:CUSTOM_` or `in:HW_CPU_X86_AVX,HW_CPU_X86_AVX2`. */
  name?: string;
  /** true: only traits some provider has; false: only traits no provider has. */
  associated?: boolean;
}

/**
 * Trait names (1.6), all of them or those the filters select. Placement lists traits as
 * bare strings, so this answers `string[]` rather than items.
 */
export async function listTraits(target: Target, query: ListTraitsQuery = {}, options: CallOptions = {}): Promise<string[]> {
  const body = await placementCall(target, {
    method: "GET",
    path: "traits",
    query: [
      ["name", query.name],
      ["associated", query.associated],
    ],
    requires: "1.6",
    max: "1.39",
    what: "listTraits",
    schema: TraitNames,
    signal: options.signal,
  });
  return body.traits;
}

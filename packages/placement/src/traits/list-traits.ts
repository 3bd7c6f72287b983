import { actionFunctions, type ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";
import { placementService } from "../descriptor.js";

export interface ListTraitsQuery {
  /** `startswith:CUSTOM_` or `in:HW_CPU_X86_AVX,HW_CPU_X86_AVX2`. */
  name?: string;
  /** true: only traits some provider has; false: only traits no provider has. */
  associated?: boolean;
}

export const listTraitsActions = {
  /**
   * Trait names (1.6), all of them or those the filters select. Placement lists traits as
   * bare strings, so this answers `string[]` rather than items.
   */
  listTraits: {
    method: "GET",
    path: "traits",
    query: (args: ListTraitsQuery) => ({ name: args.name, associated: args.associated }),
    returns: "json",
    resultKey: "traits",
    schema: v.array(v.string()),
    requires: "1.6",
    maxMicroversion: "1.39",
  },
} as const satisfies Readonly<Record<string, ActionSpec>>;

export const { listTraits } = actionFunctions(placementService, listTraitsActions);

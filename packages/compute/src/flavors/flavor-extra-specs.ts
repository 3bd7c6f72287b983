import type { ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";
import { Metadata } from "../common.js";

/** What fetchFlavorExtraSpecs and createFlavorExtraSpecs answer. */
export const FlavorExtraSpecs = v.looseObject({ extra_specs: Metadata });
export type FlavorExtraSpecs = v.InferOutput<typeof FlavorExtraSpecs>;

const ALL = "flavors/{flavor}/os-extra_specs";
const ONE = "flavors/{flavor}/os-extra_specs/{key}";

/** A flavor's extra specs (`hw:cpu_policy`, …), as a whole and one by one. */
export const flavorExtraSpecActions = {
  /** Answers {@link FlavorExtraSpecs}. */
  fetchFlavorExtraSpecs: { method: "GET", path: ALL, returns: "json" },
  /** Adds or changes the given specs, keeping the others; answers them. */
  createFlavorExtraSpecs: {
    method: "POST",
    path: ALL,
    body: (args: { extra_specs: Readonly<Record<string, string>> }) => ({ extra_specs: args.extra_specs }),
    returns: "json",
  },
  /** Answers `{ "<key>": value }`; a missing key is a NotFoundError. */
  getFlavorExtraSpecsProperty: { method: "GET", path: ONE, returns: "json" },
  /** Sets one spec; answers `{ "<key>": value }`. */
  updateFlavorExtraSpecsProperty: {
    method: "PUT",
    path: ONE,
    body: (args: { key: string; value: string }) => ({ [args.key]: args.value }),
    returns: "json",
  },
  deleteFlavorExtraSpecsProperty: { method: "DELETE", path: ONE },
} as const satisfies Readonly<Record<string, ActionSpec>>;

import { defineResource, sortFilters, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { Links, Metadata, nullableString } from "../common.js";
import { computeService } from "../descriptor.js";
import { flavorAccessActions } from "./flavor-access-actions.js";
import { flavorExtraSpecActions } from "./flavor-extra-specs.js";

/** A Nova flavor, fields as the Compute API reference names them, up to microversion 2.75. */
export const Flavor = v.looseObject({
  id: v.string(),
  name: v.string(),
  ram: v.number(),
  disk: v.number(),
  vcpus: v.number(),
  // "" for none before 2.75, 0 from 2.75.
  swap: v.union([v.number(), v.literal("")]),
  "OS-FLV-EXT-DATA:ephemeral": v.number(),
  "OS-FLV-DISABLED:disabled": v.optional(v.boolean()), // removed in 2.102
  "os-flavor-access:is_public": v.boolean(),
  // "" when unset; removed in 2.102.
  rxtx_factor: v.optional(v.union([v.number(), v.literal("")])),
  links: Links,
  description: nullableString, // 2.55
  extra_specs: v.optional(Metadata), // 2.61, where policy shows them
});

/**
 * Flavors. Lists come from `flavors/detail`; `is_public` filters (admins: `"None"` for
 * every flavor), `minRam` and `minDisk` set floors. Only the description can change
 * (2.55). Extra specs and access to a private flavor are actions, named as openstacksdk
 * names them; every one takes the flavor as `flavor` (an id or the flavor).
 */
export const flavors = defineResource({
  service: computeService,
  path: "flavors",
  listPath: "flavors/detail",
  singular: "Flavor",
  plural: "Flavors",
  key: "flavor",
  pluralKey: "flavors",
  schema: Flavor,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  // `is_public: "None"` lists public and private flavors alike.
  filters: {
    ...sortFilters,
    is_public: v.union([v.boolean(), v.literal("None")]),
    minRam: v.number(),
    minDisk: v.number(),
  },
  required: ["name", "ram", "vcpus", "disk"],
  readOnly: ["links", "OS-FLV-DISABLED:disabled", "extra_specs"],
  createOnly: [
    "id",
    "name",
    "ram",
    "vcpus",
    "disk",
    "swap",
    "OS-FLV-EXT-DATA:ephemeral",
    "os-flavor-access:is_public",
    "rxtx_factor",
  ],
  // Nova refuses a create with it from 2.102 (a configured microversion; this SDK asks for 2.75).
  microversionBounds: { rxtx_factor: { removedIn: "2.102" } },
  maxMicroversion: "2.75",
  actions: { ...flavorExtraSpecActions, ...flavorAccessActions },
});

/** A Flavor as the API returns it (its declared fields; extra fields pass through at run time). */
export type Flavor = Item<typeof flavors>;

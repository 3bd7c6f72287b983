import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { databaseService } from "../descriptor.js";
import { links } from "../shared.js";

/**
 * A Nova flavor as Trove shows it. Nova's flavor ids are strings, which Trove's integer `id`
 * cannot hold: it answers `id: null` and the id in `str_id`, by which the SDK reads them.
 */
export const Flavor = v.looseObject({
  str_id: v.string(),
  id: v.optional(v.nullable(v.union([v.number(), v.string()]))),
  name: v.string(),
  ram: v.number(),
  vcpus: v.optional(v.number()),
  disk: v.optional(v.number()),
  ephemeral: v.optional(v.number()),
  local_storage: v.optional(v.number()),
  links,
});

/** Nova's flavors, as Trove lists them (read-only; `listFlavors` is every one, not paged). */
export const flavors = defineResource({
  service: databaseService,
  path: "flavors",
  singular: "Flavor",
  plural: "Flavors",
  key: "flavor",
  pluralKey: "flavors",
  schema: Flavor,
  idField: "str_id",
  verbs: ["list", "get", "find"],
  pagination: "none",
});
export type Flavor = Item<typeof flavors>;

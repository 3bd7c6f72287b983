import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";

/**
 * An API extension the Neutron server has loaded, named by its alias (`router`, `trunk`,
 * `qos`, `segment`, …): what a client checks before relying on an optional feature.
 */
export const Extension = v.looseObject({
  alias: v.string(),
  name: v.string(),
  description: v.string(),
  updated: v.optional(v.string()),
  links: v.optional(v.array(v.looseObject({}))),
});

export const extensions = defineResource({
  service: networkService,
  path: "extensions",
  singular: "Extension",
  plural: "Extensions",
  key: "extension",
  pluralKey: "extensions",
  idField: "alias",
  schema: Extension,
  // find: by alias (a GET), else by name among the list; Neutron filters nothing here.
  verbs: ["list", "get", "find"],
  query: [],
});

/** An Extension as the API returns it (its declared fields; extra fields pass through at run time). */
export type Extension = Item<typeof extensions>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { databaseService } from "../descriptor.js";
import { links } from "../shared.js";
import { ConfigurationParameter } from "../configurations/parameter.js";

/** A version of a datastore: the guest image that runs it, and whether it can be used. */
export const DatastoreVersion = v.looseObject({
  id: v.string(),
  name: v.string(),
  /** The version number (`5.7.29`); the name may say more. */
  version: v.optional(v.string()),
  links,
  /** The datastore's id. */
  datastore: v.optional(v.string()),
  active: v.optional(v.boolean()),
  packages: v.optional(v.union([v.string(), v.array(v.string())])),
  image: v.optional(v.nullable(v.string())),
  image_tags: v.optional(v.array(v.string())),
  registry_ext: v.optional(v.string()),
  repl_strategy: v.optional(v.string()),
});

/**
 * The versions of a datastore (`datastore_id`: its id or name), read-only. Each version's
 * configuration parameters, what a configuration group may set, come from
 * `listDatastoreVersionParameters`.
 */
export const datastoreVersions = defineResource({
  service: databaseService,
  path: "datastores/{datastore_id}/versions",
  singular: "DatastoreVersion",
  plural: "DatastoreVersions",
  key: "version",
  pluralKey: "versions",
  schema: DatastoreVersion,
  verbs: ["list", "get", "find"],
  pagination: "none",
  actions: {
    listDatastoreVersionParameters: {
      method: "GET",
      path: "datastores/versions/{version}/parameters",
      returns: "json",
      resultKey: "configuration-parameters",
      schema: v.array(ConfigurationParameter),
    },
  },
});
export type DatastoreVersion = Item<typeof datastoreVersions>;

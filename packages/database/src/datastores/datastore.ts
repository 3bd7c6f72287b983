import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { databaseService } from "../descriptor.js";
import { links } from "../shared.js";

/** A version as a datastore lists it. */
const VersionRef = v.looseObject({ id: v.string(), name: v.string(), version: v.optional(v.string()), links });

/** A datastore (mysql, postgresql, …): the database engine an instance runs, with its versions. */
export const Datastore = v.looseObject({
  id: v.string(),
  name: v.string(),
  links,
  versions: v.optional(v.array(VersionRef)),
  /** The id of the version a create gets when it names none. */
  default_version: v.optional(v.string()),
});

/** Datastores, registered by the operator (trove-manage): read-only, by id or name. */
export const datastores = defineResource({
  service: databaseService,
  path: "datastores",
  singular: "Datastore",
  plural: "Datastores",
  key: "datastore",
  pluralKey: "datastores",
  schema: Datastore,
  verbs: ["list", "get", "find"],
  pagination: "none",
});
export type Datastore = Item<typeof datastores>;

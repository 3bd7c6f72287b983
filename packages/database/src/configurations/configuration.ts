import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { databaseService } from "../descriptor.js";
import { type IdRef, links, maybeString, PAGINATION } from "../shared.js";

export { ConfigurationParameter } from "./parameter.js";

/** An option's value in a group: what its parameter's type says. */
const Value = v.union([v.string(), v.number(), v.boolean()]);

/**
 * A configuration group: database options, checked against the datastore version's
 * parameters, that instances get by attaching it (`updateInstance(i, { configuration })`).
 */
export const Configuration = v.looseObject({
  id: v.string(),
  name: v.string(),
  description: maybeString,
  values: v.record(v.string(), Value),
  /** `{type, version}` on create: the datastore (and version) whose parameters it sets. */
  datastore: v.optional(v.looseObject({ type: v.string(), version: v.optional(v.string()) })),
  datastore_name: v.optional(v.string()),
  datastore_version_id: v.optional(v.string()),
  datastore_version_name: v.optional(v.string()),
  datastore_version_number: v.optional(v.string()),
  instance_count: v.optional(v.number()),
  created: v.optional(v.string()),
  updated: v.optional(v.string()),
  links,
});

/** An instance a group is attached to, as `listConfigurationInstances` names it. */
const AttachedInstance = v.looseObject({ id: v.string(), name: v.string() });

/** What `updateConfiguration` sets: a PUT replaces the values (and name, description) whole. */
interface ConfigurationChange {
  readonly configuration: IdRef;
  readonly values: Readonly<Record<string, string | number | boolean>>;
  readonly name?: string;
  readonly description?: string | null;
}

/**
 * Configuration groups. Trove checks each value against the datastore version's parameters
 * (400 for an unknown option or one out of bounds). Updates answer 202 without a body:
 * `updateConfiguration` replaces the values, `patchConfiguration` adds to them.
 */
export const configurations = defineResource({
  service: databaseService,
  path: "configurations",
  singular: "Configuration",
  plural: "Configurations",
  key: "configuration",
  pluralKey: "configurations",
  schema: Configuration,
  verbs: ["list", "get", "find", "create", "delete"],
  required: ["name", "values"],
  readOnly: [
    "id",
    "datastore_name",
    "datastore_version_id",
    "datastore_version_name",
    "datastore_version_number",
    "instance_count",
    "created",
    "updated",
    "links",
  ],
  pagination: PAGINATION,
  actions: {
    updateConfiguration: {
      method: "PUT",
      path: "configurations/{configuration}",
      body: (a: ConfigurationChange) => {
        const { configuration: _, ...change } = a;
        return { configuration: change };
      },
    },
    patchConfiguration: {
      method: "PATCH",
      path: "configurations/{configuration}",
      body: (a: { configuration: IdRef; values: Readonly<Record<string, string | number | boolean>> }) => ({
        configuration: { values: a.values },
      }),
    },
    listConfigurationInstances: {
      method: "GET",
      path: "configurations/{configuration}/instances",
      returns: "json",
      resultKey: "instances",
      schema: v.array(AttachedInstance),
    },
  },
});
export type Configuration = Item<typeof configurations>;

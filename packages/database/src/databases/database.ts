import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { databaseService } from "../descriptor.js";
import { type IdRef, PAGINATION } from "../shared.js";

/** A database (schema) on an instance; named, not numbered. */
export const Database = v.looseObject({
  name: v.string(),
  character_set: v.optional(v.string()),
  collate: v.optional(v.string()),
});

/** A database a create makes. */
export interface NewDatabase {
  readonly name: string;
  readonly character_set?: string;
  readonly collate?: string;
}

/**
 * The databases of an instance (`instance_id`), by name. Trove creates several at once
 * (`{"databases": [...]}`, 202 without a body), so `createDatabases` is an action; there is
 * no GET of one database. The guest agent does the work: Trove refuses (422) until the
 * instance is ACTIVE.
 */
export const databases = defineResource({
  service: databaseService,
  path: "instances/{instance_id}/databases",
  singular: "Database",
  plural: "Databases",
  key: "database",
  pluralKey: "databases",
  schema: Database,
  idField: "name",
  verbs: ["list", "delete"],
  pagination: PAGINATION,
  markerField: "name",
  actions: {
    createDatabases: {
      method: "POST",
      path: "instances/{instance}/databases",
      body: (a: { instance: IdRef; databases: readonly NewDatabase[] }) => ({ databases: a.databases }),
    },
  },
});
export type Database = Item<typeof databases>;

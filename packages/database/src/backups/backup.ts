import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { databaseService } from "../descriptor.js";
import { maybeString, PAGINATION } from "../shared.js";

/** A backup of an instance's data, kept in the object store by the guest agent. */
export const Backup = v.looseObject({
  id: v.string(),
  name: v.string(),
  description: maybeString,
  /** NEW → BUILDING → COMPLETED; FAILED; DELETE_FAILED. */
  status: v.optional(v.string()),
  /** The instance backed up (a create sends it). */
  instance: v.optional(v.string()),
  instance_id: maybeString,
  /** An incremental backup's parent (a create may name one). */
  parent_id: maybeString,
  incremental: v.optional(v.number()),
  locationRef: maybeString,
  size: v.optional(v.nullable(v.number())),
  datastore: v.optional(v.looseObject({ type: v.string(), version: v.string(), version_id: v.optional(v.string()) })),
  storage_driver: maybeString,
  /** The object-store container to write to (create only). */
  swift_container: v.optional(v.string()),
  project_id: v.optional(v.string()),
  created: v.optional(v.string()),
  updated: v.optional(v.string()),
});

/**
 * Backups. A create names the `instance`; the guest agent writes the backup, so Trove
 * refuses (422) while the instance is not ACTIVE. `waitForBackup(b, { status: "COMPLETED" })`
 * fails on FAILED.
 */
export const backups = defineResource({
  service: databaseService,
  path: "backups",
  singular: "Backup",
  plural: "Backups",
  key: "backup",
  pluralKey: "backups",
  schema: Backup,
  verbs: ["list", "get", "find", "create", "delete", "waitFor"],
  query: ["instance_id"],
  filters: { datastore: v.string(), all_projects: v.boolean(), project_id: v.string() },
  required: ["name", "instance"],
  readOnly: ["id", "status", "instance_id", "locationRef", "size", "datastore", "created", "updated", "project_id"],
  pagination: PAGINATION,
  status: { failures: ["FAILED"] },
});
export type Backup = Item<typeof backups>;

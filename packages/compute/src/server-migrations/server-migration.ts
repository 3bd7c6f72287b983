import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { flexibleId, nullableString, optionalString } from "../common.js";
import { computeService } from "../descriptor.js";

const bytes = v.optional(v.nullable(v.number()));

/** A live migration of one server in progress, with its memory and disk progress. */
export const ServerMigration = v.looseObject({
  id: flexibleId,
  uuid: optionalString, // 2.59
  server_uuid: v.string(),
  status: v.string(),
  source_compute: nullableString,
  source_node: nullableString,
  dest_compute: nullableString,
  dest_node: nullableString,
  dest_host: nullableString,
  memory_total_bytes: bytes,
  memory_processed_bytes: bytes,
  memory_remaining_bytes: bytes,
  disk_total_bytes: bytes,
  disk_processed_bytes: bytes,
  disk_remaining_bytes: bytes,
  created_at: v.string(),
  updated_at: nullableString,
  user_id: optionalString, // 2.80
  project_id: optionalString, // 2.80
});

const ONE = "servers/{server}/migrations/{migration}";

/**
 * The live migrations of one server in progress (Nova 2.23+; `server`: an id or the
 * server). Finished migrations are in `listMigrations`.
 */
export const serverMigrations = defineResource({
  service: computeService,
  path: "servers/{server}/migrations",
  singular: "ServerMigration",
  plural: "ServerMigrations",
  key: "migration",
  pluralKey: "migrations",
  schema: ServerMigration,
  verbs: ["list", "get"],
  pagination: "none",
  maxMicroversion: "2.80",
  idType: "integer",
  actions: {
    /** Cancels a live migration (2.24). */
    abortServerMigration: { method: "DELETE", path: ONE, idType: "either", requires: "2.24" },
    /** Pauses the guest so that a live migration can finish (2.22). */
    forceCompleteServerMigration: {
      method: "POST",
      path: `${ONE}/action`,
      // The server's id is a UUID, the migration's an integer.
      idType: "either",
      body: () => ({ force_complete: null }),
      requires: "2.22",
    },
  },
});

/** A ServerMigration as the API returns it (its declared fields; extra fields pass through at run time). */
export type ServerMigration = Item<typeof serverMigrations>;

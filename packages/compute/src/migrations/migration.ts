import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { changeFilters, flexibleId, Links, nullableString, optionalString } from "../common.js";
import { computeService } from "../descriptor.js";

/** A migration, resize or evacuation of a server, finished or not (admin). */
export const Migration = v.looseObject({
  id: flexibleId,
  uuid: optionalString, // 2.59
  instance_uuid: v.string(),
  status: v.string(),
  migration_type: optionalString, // 2.23: migration, resize, live-migration, evacuation
  source_compute: nullableString,
  source_node: nullableString,
  dest_compute: nullableString,
  dest_node: nullableString,
  dest_host: nullableString,
  old_instance_type_id: v.optional(v.nullable(v.number())),
  new_instance_type_id: v.optional(v.nullable(v.number())),
  created_at: v.string(),
  updated_at: nullableString,
  // 2.23: only for a live migration in progress, pointing at servers/{id}/migrations/{id}.
  links: v.optional(Links),
  user_id: optionalString, // 2.80
  project_id: optionalString, // 2.80
});

/**
 * Every migration the cloud recorded (os-migrations, admin), newest first, paged by `uuid`
 * from 2.59. A server's own live migrations in progress are in `listServerMigrations`.
 */
export const migrations = defineResource({
  service: computeService,
  path: "os-migrations",
  singular: "Migration",
  plural: "Migrations",
  pluralKey: "migrations",
  schema: Migration,
  verbs: ["list"],
  query: ["status", "instance_uuid", "migration_type", "source_compute", "user_id", "project_id"],
  filters: { ...changeFilters, host: v.string(), hidden: v.boolean() },
  markerField: "uuid",
  maxMicroversion: "2.80",
});

/** A Migration as the API returns it (its declared fields; extra fields pass through at run time). */
export type Migration = Item<typeof migrations>;

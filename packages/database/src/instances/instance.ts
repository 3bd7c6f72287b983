import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { databaseService } from "../descriptor.js";
import { links, maybeString, PAGINATION } from "../shared.js";
import { instanceActions } from "./instance-actions.js";

/**
 * What Trove shows of an instance: BUILD until its guest agent reports the database up, then
 * ACTIVE; the actions' transient states (REBOOT, RESIZE, BACKUP, …); ERROR when the build or
 * an action failed (the build gives up after the server's `usage_timeout` without a guest);
 * SHUTDOWN while deleting.
 */
export const InstanceStatus = v.string();

/** Another item as an instance names it: its id and links (a flavor, a configuration group). */
const Named = v.looseObject({ id: v.string(), name: v.optional(v.string()), links });

/** A database and a user as a create takes them, to make along with the instance. */
const NewDatabase = v.looseObject({
  name: v.string(),
  character_set: v.optional(v.string()),
  collate: v.optional(v.string()),
});
const NewUser = v.looseObject({
  name: v.string(),
  password: v.string(),
  host: v.optional(v.string()),
  databases: v.optional(v.array(v.looseObject({ name: v.string() }))),
});

/** A database instance, fields as the API names them (create-only fields are the create body's). */
export const Instance = v.looseObject({
  id: v.string(),
  name: v.string(),
  status: v.optional(InstanceStatus),
  /** The database's own health as the guest reports it (HEALTHY, …); empty until it does. */
  operating_status: v.optional(v.string()),
  links,
  /** The flavor (its id; a create sends `flavorRef`). */
  flavor: v.optional(Named),
  /** `{type, version}`: on create, the datastore and version to run; Trove's default if left out. */
  datastore: v.optional(
    v.looseObject({
      type: v.optional(v.string()),
      version: v.optional(v.string()),
      version_number: v.optional(v.string()),
    }),
  ),
  /** `{size}` in GiB (and `type` on create); `used` once the guest reports. Required when the datastore keeps its data on a volume. */
  volume: v.optional(
    v.looseObject({
      size: v.number(),
      type: v.optional(v.string()),
      used: v.optional(v.number()),
      used_percent: v.optional(v.number()),
    }),
  ),
  region: v.optional(v.string()),
  /** `{is_public, allowed_cidrs}`: who may reach the database. */
  access: v.optional(
    v.looseObject({ is_public: v.optional(v.boolean()), allowed_cidrs: v.optional(v.array(v.string())) }),
  ),
  /** The configuration group attached: an id on create, `{id, name, links}` in answers. */
  configuration: v.optional(v.union([v.string(), Named])),
  addresses: v.optional(v.array(v.looseObject({ address: v.string(), type: v.string() }))),
  ip: v.optional(v.array(v.string())),
  replica_of: v.optional(v.union([v.string(), Named])),
  replicas: v.optional(v.array(Named)),
  /** Why the last build or action failed (admin sees the details). */
  fault: v.optional(v.looseObject({ message: v.string(), created: v.optional(v.string()), details: maybeString })),
  created: v.optional(v.string()),
  updated: v.optional(v.string()),
  service_status_updated: v.optional(v.string()),
  // what only a create sends
  /** The flavor's id (Nova's are strings; the reference's sample sends an integer). */
  flavorRef: v.optional(v.union([v.string(), v.number()])),
  databases: v.optional(v.array(NewDatabase)),
  users: v.optional(v.array(NewUser)),
  /** Networks to attach besides Trove's management network: `[{network_id}]`, `[{port_id}]`, … */
  nics: v.optional(v.array(v.record(v.string(), v.string()))),
  availability_zone: v.optional(v.string()),
  replica_count: v.optional(v.number()),
  /** `{backupRef}`: restore the backup into the new instance. */
  restorePoint: v.optional(v.looseObject({ backupRef: v.string() })),
  locality: v.optional(v.picklist(["affinity", "anti-affinity"])),
});

/**
 * Database instances. Create answers 200 with the instance in BUILD; `waitForInstance(i,
 * { status: "ACTIVE" })` waits for its guest, and fails on ERROR. Changes go through
 * `updateInstance` (a PUT that answers 202 with no body); resize, restart and the rest are
 * actions. Trove refuses a delete while the instance builds (422), not in ERROR.
 */
export const instances = defineResource({
  service: databaseService,
  path: "instances",
  singular: "Instance",
  plural: "Instances",
  key: "instance",
  pluralKey: "instances",
  schema: Instance,
  verbs: ["list", "get", "find", "create", "delete", "waitFor"],
  filters: { include_clustered: v.boolean() },
  required: ["name", "flavorRef"],
  readOnly: [
    "id",
    "status",
    "operating_status",
    "links",
    "flavor",
    "addresses",
    "ip",
    "replicas",
    "fault",
    "created",
    "updated",
    "service_status_updated",
  ],
  pagination: PAGINATION,
  status: { failures: ["ERROR"] },
  actions: instanceActions,
});
export type Instance = Item<typeof instances>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX } from "../shared.js";

/** A storage pool the scheduler knows (admin), named `host@backend#pool`. */
export const StoragePool = v.looseObject({
  name: v.string(),
  host: v.optional(v.string()),
  backend: v.optional(v.string()),
  pool: v.optional(v.string()),
  /** What the backend reported (capacity, features); only in the detailed list. */
  capabilities: v.optional(v.record(v.string(), v.unknown())),
});

/** Storage pools, with their capabilities (admin): the scheduler's view of the backends. */
export const storagePools = defineResource({
  service: sharedFileSystemService,
  path: "scheduler-stats/pools",
  listPath: "scheduler-stats/pools/detail",
  singular: "StoragePool",
  plural: "StoragePools",
  pluralKey: "pools",
  idField: "name",
  schema: StoragePool,
  verbs: ["list"],
  query: ["host", "backend", "pool"],
  filters: { share_type: v.string() },
  pagination: "none",
  maxMicroversion: MANILA_MAX,
});
export type StoragePool = Item<typeof storagePools>;

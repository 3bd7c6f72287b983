import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { flexibleId, idFrom, nullableString, optionalString, type ComputeRef } from "../common.js";
import { computeService } from "../descriptor.js";

/** A host aggregate (admin): hosts grouped for scheduling, optionally exposed as an availability zone. */
export const Aggregate = v.looseObject({
  // An integer on the wire, kept as a string so the aggregate can name itself in calls.
  id: flexibleId,
  uuid: optionalString, // 2.41
  name: v.string(),
  availability_zone: nullableString,
  // Absent from the answer to a create.
  hosts: v.optional(v.nullable(v.array(v.string()))),
  metadata: v.optional(v.nullable(v.record(v.string(), v.string()))),
  created_at: v.string(),
  updated_at: nullableString,
  deleted: v.boolean(),
  deleted_at: nullableString,
});

const ACTION = "os-aggregates/{aggregate}/action";

/**
 * Host aggregates. The host and metadata actions answer `{ aggregate }` as it is after the
 * change; in `setAggregateMetadata`, a null value removes the key.
 */
export const aggregates = defineResource({
  service: computeService,
  path: "os-aggregates",
  singular: "Aggregate",
  plural: "Aggregates",
  key: "aggregate",
  pluralKey: "aggregates",
  schema: Aggregate,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  required: ["name"],
  readOnly: ["id", "uuid", "hosts", "metadata", "created_at", "updated_at", "deleted", "deleted_at"],
  pagination: "none",
  maxMicroversion: "2.81",
  idType: "integer",
  actions: {
    addHostToAggregate: {
      method: "POST",
      path: ACTION,
      idType: "integer",
      body: (args: { host: string }) => ({ add_host: { host: args.host } }),
      returns: "json",
    },
    removeHostFromAggregate: {
      method: "POST",
      path: ACTION,
      idType: "integer",
      body: (args: { host: string }) => ({ remove_host: { host: args.host } }),
      returns: "json",
    },
    setAggregateMetadata: {
      method: "POST",
      path: ACTION,
      idType: "integer",
      body: (args: { metadata: Readonly<Record<string, string | null>> }) => ({
        set_metadata: { metadata: args.metadata },
      }),
      returns: "json",
    },
    /** Asks the aggregate's hosts to cache these images (2.81); Nova answers 202 and works in the background. */
    aggregatePrecacheImages: {
      method: "POST",
      path: "os-aggregates/{aggregate}/images",
      idType: "integer",
      body: (args: { images: readonly ComputeRef[] }) => ({
        cache: args.images.map((image) => ({ id: idFrom(image, "images[]") })),
      }),
      requires: "2.81",
    },
  },
});

/** An Aggregate as the API returns it (its declared fields; extra fields pass through at run time). */
export type Aggregate = Item<typeof aggregates>;

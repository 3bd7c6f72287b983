import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { clusteringService } from "../descriptor.js";
import { anyMap, MAX_MICROVERSION, maybeString, senlinListFilters } from "../shared.js";

/** An event: what happened to a cluster or node, and when. */
export const Event = v.looseObject({
  id: v.string(),
  timestamp: v.string(),
  /** The object it is about: its id, name and type (CLUSTER, NODE). */
  oid: maybeString,
  oname: maybeString,
  otype: maybeString,
  cluster_id: maybeString,
  /** The cluster the event is about, while it exists, as Senlin describes it (an id in the reference's sample). */
  cluster: v.optional(v.nullable(v.union([v.string(), anyMap]))),
  /** What was being done (CLUSTER_CREATE, …), and the logging level (`20`: INFO). */
  action: maybeString,
  level: v.union([v.string(), v.number()]),
  status: maybeString,
  status_reason: maybeString,
  meta_data: v.optional(v.nullable(anyMap)),
  user: v.optional(v.string()),
  project: v.optional(v.string()),
});

/** Events, read-only: the record of every action's steps. */
export const events = defineResource({
  service: clusteringService,
  path: "events",
  singular: "Event",
  plural: "Events",
  key: "event",
  pluralKey: "events",
  schema: Event,
  verbs: ["list", "get"],
  query: ["oid", "oname", "otype", "cluster_id", "action", "level"],
  filters: senlinListFilters,
  pagination: "marker",
  maxMicroversion: MAX_MICROVERSION,
});
export type Event = Item<typeof events>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { clusteringService } from "../descriptor.js";
import { anyMap, MAX_MICROVERSION, maybeString, senlinListFilters } from "../shared.js";

/** An action: one piece of work of Senlin's engine (CLUSTER_SCALE_OUT, NODE_CREATE, …). */
export const Action = v.looseObject({
  id: v.string(),
  name: v.string(),
  /** Its kind: CLUSTER_CREATE, CLUSTER_SCALE_OUT, NODE_CREATE, … */
  action: v.string(),
  /** The cluster or node it works on. */
  target: v.string(),
  /** 1.14 and later: the cluster it works for (a node's action too). */
  cluster_id: maybeString,
  cause: maybeString,
  owner: maybeString,
  /** INIT, WAITING, READY, RUNNING, then SUCCEEDED, FAILED or CANCELLED (SUSPENDED between). */
  status: v.string(),
  status_reason: maybeString,
  inputs: v.optional(anyMap),
  outputs: v.optional(anyMap),
  data: v.optional(anyMap),
  depends_on: v.optional(v.array(v.string())),
  depended_by: v.optional(v.array(v.string())),
  /** Seconds since the epoch. */
  start_time: v.optional(v.nullable(v.number())),
  end_time: v.optional(v.nullable(v.number())),
  interval: v.optional(v.number()),
  timeout: v.optional(v.nullable(v.number())),
  user: v.optional(v.string()),
  project: v.optional(v.string()),
  domain: maybeString,
  created_at: maybeString,
  updated_at: maybeString,
});

/**
 * Actions, read-only but for cancelling one (1.12: `updateAction(a, { status: "CANCELLED" })`).
 * `waitForAction(id)` waits for SUCCEEDED and fails on FAILED or CANCELLED with Senlin's reason.
 */
export const actions = defineResource({
  service: clusteringService,
  path: "actions",
  singular: "Action",
  plural: "Actions",
  key: "action",
  pluralKey: "actions",
  schema: Action,
  verbs: ["list", "get", "update"],
  query: ["name", "action", "status", "target", "cluster_id"],
  filters: senlinListFilters,
  readOnly: [
    "id",
    "name",
    "action",
    "target",
    "cluster_id",
    "cause",
    "owner",
    "status_reason",
    "inputs",
    "outputs",
    "data",
    "depends_on",
    "depended_by",
    "start_time",
    "end_time",
    "interval",
    "timeout",
    "user",
    "project",
    "domain",
    "created_at",
    "updated_at",
  ],
  microversionBounds: { status: { addedIn: "1.12" }, cluster_id: { addedIn: "1.14" } },
  updateMethod: "PATCH",
  pagination: "marker",
  maxMicroversion: MAX_MICROVERSION,
});
export type Action = Item<typeof actions>;

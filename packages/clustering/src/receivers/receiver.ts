import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { clusteringService } from "../descriptor.js";
import { anyMap, MAX_MICROVERSION, maybeString, ownerFields, ownerReadOnly, senlinListFilters } from "../shared.js";

/**
 * A receiver: a way in for an outside trigger. A `webhook` receiver runs `action` on its
 * cluster when its URL (`channel.alarm_url`) is POSTed to, with no token; a `message`
 * receiver reads a Zaqar queue.
 */
export const Receiver = v.looseObject({
  id: v.string(),
  name: v.string(),
  type: v.string(),
  cluster_id: maybeString,
  /** The cluster action it runs: CLUSTER_SCALE_OUT, CLUSTER_SCALE_IN, CLUSTER_RESIZE, … */
  action: maybeString,
  /** Whose credentials (the trust) the action runs with. */
  actor: v.optional(anyMap),
  /** The action's inputs (`{ count: "1" }`). */
  params: v.optional(anyMap),
  /** How to reach it: `{ alarm_url }` for a webhook, `{ queue_name, subscriber }` for a message receiver. */
  channel: v.optional(anyMap),
  ...ownerFields,
});

/**
 * Receivers. An update (PATCH) changes the name, action and params (1.7).
 * `triggerReceiver(r)` calls a webhook receiver's URL, as a monitoring system would.
 */
export const receivers = defineResource({
  service: clusteringService,
  path: "receivers",
  singular: "Receiver",
  plural: "Receivers",
  key: "receiver",
  pluralKey: "receivers",
  schema: Receiver,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name", "type", "cluster_id", "action", "user"],
  filters: senlinListFilters,
  required: ["name", "type"],
  readOnly: ["actor", "channel", ...ownerReadOnly],
  createOnly: ["type", "cluster_id"],
  microversionBounds: { user: { addedIn: "1.4" } },
  updateMethod: "PATCH",
  pagination: "marker",
  maxMicroversion: MAX_MICROVERSION,
});
export type Receiver = Item<typeof receivers>;

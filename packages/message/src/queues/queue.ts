import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { messageService } from "../descriptor.js";
import { LINKS } from "../shared.js";
import { QueueStats, SignedUrl, type SignedUrlRequest } from "./queue-parts.js";

/**
 * A queue's metadata: the reserved `_`-prefixed settings Zaqar knows
 * (`_default_message_ttl`, `_max_messages_post_size`, `_dead_letter_queue`, …) and any
 * of the user's own.
 */
export const QueueMetadata = v.record(v.string(), v.unknown());

/** A queue as Zaqar lists it: its name, its path, and its metadata when listed `detailed`. */
export const Queue = v.looseObject({
  name: v.string(),
  href: v.optional(v.string()),
  metadata: v.optional(QueueMetadata),
});

/** One operation of a queue's metadata patch (RFC 6902, paths under `/metadata/`). */
export interface QueueMetadataOperation {
  op: "add" | "replace" | "remove";
  path: `/metadata/${string}`;
  value?: unknown;
}

/**
 * Queues, named by the caller and addressed by name (`idField: name`). Created by PUT at
 * their name (createQueue, ./create-queue.ts), read as their metadata (getQueue,
 * ./get-queue.ts); listed with their metadata when `detailed`. A delete of a missing queue
 * is a success to Zaqar too.
 */
export const queues = defineResource({
  service: messageService,
  path: "queues",
  singular: "Queue",
  plural: "Queues",
  pluralKey: "queues",
  linksKey: LINKS,
  idField: "name",
  markerField: "name",
  schema: Queue,
  verbs: ["list", "find", "delete"],
  query: ["name"],
  filters: { detailed: v.boolean(), with_count: v.boolean() },
  readOnly: ["href"],
  actions: {
    /** The queue's counts of free, claimed and all messages, and its oldest and newest. */
    getQueueStats: {
      method: "GET",
      path: "queues/{name}/stats",
      returns: "json",
      resultKey: "messages",
      schema: QueueStats,
    },
    /** Changes the queue's metadata by JSON patch operations; answers the metadata as it is now. */
    updateQueue: {
      method: "PATCH",
      path: "queues/{name}",
      body: (a: { operations: readonly QueueMetadataOperation[] }) => a.operations,
      contentType: "application/openstack-messaging-v2.0-json-patch",
      idempotent: false,
      returns: "json",
      schema: QueueMetadata,
    },
    /** Deletes the queue's messages, subscriptions or both (default both), keeping the queue. */
    purgeQueue: {
      method: "POST",
      path: "queues/{name}/purge",
      body: (a: { resource_types?: readonly ("messages" | "subscriptions")[] }) =>
        a.resource_types === undefined ? {} : { resource_types: a.resource_types },
    },
    /**
     * A pre-signed URL for the queue: a signature that lets whoever holds it call the given
     * paths (`messages`, `claims`, `subscriptions`) with the given methods until it expires,
     * without a token (see signedUrlHeaders).
     */
    createQueueSignedUrl: {
      method: "POST",
      path: "queues/{name}/share",
      body: (a: SignedUrlRequest) => ({ paths: a.paths, methods: a.methods, expires: a.expires }),
      returns: "json",
      schema: SignedUrl,
    },
  },
});
export type Queue = Item<typeof queues>;

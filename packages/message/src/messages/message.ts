import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { messageService } from "../descriptor.js";
import { LINKS } from "../shared.js";

/** A message as Zaqar answers it: its body (any JSON), its life (`ttl`) and `age` in seconds. */
export const Message = v.looseObject({
  id: v.string(),
  href: v.optional(v.string()),
  /** Anything JSON: the poster's own. */
  body: v.unknown(),
  ttl: v.number(),
  age: v.number(),
  /** With `enable_checksum` on the server: `MD5:<hex>` of the body. */
  checksum: v.optional(v.string()),
  /** The claim holding it, where one does (a popped or claimed message). */
  claim_id: v.optional(v.nullable(v.string())),
  claim_count: v.optional(v.number()),
});

/** One message to post: its body, and optionally its `ttl` and `delay` (seconds). */
export interface MessageToPost {
  body: unknown;
  ttl?: number;
  /** Seconds before the message can be listed or claimed (a delayed queue's messages). */
  delay?: number;
}

const Posted = v.looseObject({ resources: v.array(v.string()) });
const Messages = v.array(Message);

/**
 * `ids` as Zaqar takes them: the parameter repeated, once per id (at most 20; the core sends
 * a list so). Not one comma-separated value: the comma goes encoded, and Zaqar reads `a%2Cb`
 * as one id.
 */
const byIds = (a: { ids: readonly string[] }) => ({ ids: a.ids });

/**
 * The messages of a queue (`queue_name`: its name, or the queue). Listing leaves out the
 * caller's own messages unless `echo`, and claimed ones unless `include_claimed`: the
 * caller is the session's Client-ID (see client-id.ts). Deleting a claimed message needs
 * its `claim_id`.
 */
export const messages = defineResource({
  service: messageService,
  path: "queues/{queue_name}/messages",
  singular: "Message",
  plural: "Messages",
  pluralKey: "messages",
  linksKey: LINKS,
  schema: Message,
  verbs: ["list", "get", "delete"],
  filters: { echo: v.boolean(), include_claimed: v.boolean(), include_delayed: v.boolean() },
  deleteQuery: { claim_id: v.string() },
  readOnly: ["id", "href", "age", "checksum", "claim_id", "claim_count"],
  actions: {
    /** Posts messages to the queue (at most 10 by default); answers their paths, in order. */
    postMessage: {
      method: "POST",
      path: "queues/{queue_name}/messages",
      body: (a: { messages: readonly MessageToPost[] }) => ({ messages: a.messages }),
      returns: "json",
      resultKey: "resources",
      schema: Posted.entries.resources,
    },
    /** The messages of the given ids (at most 20): those that exist, in no set order. */
    getMessagesByIds: {
      method: "GET",
      path: "queues/{queue_name}/messages",
      query: byIds,
      returns: "json",
      resultKey: "messages",
      schema: Messages,
    },
    /** Deletes the messages of the given ids (at most 20); ids that are gone are no error. */
    deleteMessagesByIds: {
      method: "DELETE",
      path: "queues/{queue_name}/messages",
      query: byIds,
    },
    /** Takes up to `pop` (1 to 20) messages off the queue: deletes them and answers them. */
    popMessages: {
      method: "DELETE",
      path: "queues/{queue_name}/messages",
      query: (a: { pop: number }) => ({ pop: a.pop }),
      idempotent: false,
      returns: "json",
      resultKey: "messages",
      schema: Messages,
    },
  },
});
export type Message = Item<typeof messages>;

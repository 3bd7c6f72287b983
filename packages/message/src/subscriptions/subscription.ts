import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { messageService } from "../descriptor.js";
import { LINKS } from "../shared.js";

/** A subscription: where Zaqar sends the queue's messages (`http(s)://`, `mailto:`, `trust+http(s)://`). */
export const Subscription = v.looseObject({
  id: v.string(),
  /** The queue it belongs to. */
  source: v.optional(v.string()),
  subscriber: v.string(),
  ttl: v.number(),
  age: v.optional(v.number()),
  /** The subscriber's own settings (a mail subject, a webhook's `post_data`, …). */
  options: v.optional(v.record(v.string(), v.unknown())),
  /** Whether the subscriber confirmed it, where the server asks for confirmation. */
  confirmed: v.optional(v.boolean()),
});

/** A subscription's fields to create or change it. */
export interface SubscriptionFields {
  subscriber?: string;
  ttl?: number;
  options?: Readonly<Record<string, unknown>>;
}

/**
 * The subscriptions of a queue (`queue_name`). Made by createSubscription
 * (./create-subscription.ts: Zaqar answers only the new id), changed by updateSubscription
 * (Zaqar answers nothing), confirmed by confirmSubscription.
 */
export const subscriptions = defineResource({
  service: messageService,
  path: "queues/{queue_name}/subscriptions",
  singular: "Subscription",
  plural: "Subscriptions",
  pluralKey: "subscriptions",
  linksKey: LINKS,
  schema: Subscription,
  verbs: ["list", "get", "delete"],
  readOnly: ["id", "source", "age", "confirmed"],
  actions: {
    /** Changes the subscriber, ttl or options; Zaqar answers 204, so get it again to see it. */
    updateSubscription: {
      method: "PATCH",
      path: "queues/{queue_name}/subscriptions/{subscription}",
      body: (a: SubscriptionFields) => ({ subscriber: a.subscriber, ttl: a.ttl, options: a.options }),
    },
    /** Confirms (or, with `confirmed: false`, cancels) the subscription, for servers that ask for it. */
    confirmSubscription: {
      method: "PUT",
      path: "queues/{queue_name}/subscriptions/{subscription}/confirm",
      body: (a: { confirmed: boolean }) => ({ confirmed: a.confirmed }),
    },
  },
});
export type Subscription = Item<typeof subscriptions>;

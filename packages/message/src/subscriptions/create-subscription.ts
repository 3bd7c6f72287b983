import {
  callHeadersOf,
  clientFor,
  fillPath,
  InvalidArgumentError,
  parseItem,
  refuseUnknownOptions,
  type CallOptions,
  type HeaderOptions,
  type SessionOrClient,
} from "@openstack-ts/core";
import * as v from "valibot";
import { messageService } from "../descriptor.js";
import type { QueueRef } from "../queues/queue-calls.js";
import type { SubscriptionFields } from "./subscription.js";

const Created = v.looseObject({ subscription_id: v.string() });

/**
 * Subscribes to a queue (`POST /v2/queues/{name}/subscriptions`): `subscriber` is required,
 * `ttl` (seconds) and `options` are not. Zaqar answers only `{"subscription_id": …}` (201), or
 * 409 when the queue has that subscriber already: the result is the new id, as
 * `{ id, queue_name }`, a reference the other subscription calls take.
 */
export async function createSubscription(
  target: SessionOrClient,
  subscription: SubscriptionFields & { queue_name: QueueRef; subscriber: string },
  options: CallOptions & HeaderOptions<typeof messageService> = {},
): Promise<{ id: string; queue_name: string }> {
  const what = "createSubscription";
  refuseUnknownOptions(messageService, what, options, ["signal"]);
  const { queue_name, subscriber, ttl, options: subscriberOptions } = subscription;
  if (typeof subscriber !== "string" || subscriber === "") {
    throw new InvalidArgumentError(`${what} needs a subscriber (a URL or mailto:), got ${JSON.stringify(subscriber)}`);
  }
  const path = fillPath("queues/{queue_name}/subscriptions", { queue_name });
  const response = await clientFor(target, messageService).post(path, {
    headers: callHeadersOf(messageService, what, options) ?? {},
    signal: options.signal,
    json: { subscriber, ttl, options: subscriberOptions },
    retry: 0,
  });
  const { subscription_id } = parseItem<{ subscription_id: string }>(
    Created,
    await response.json(),
    response.url || path,
    what,
  );
  return { id: subscription_id, queue_name: typeof queue_name === "string" ? queue_name : queue_name.name };
}

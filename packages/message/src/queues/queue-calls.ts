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
import { queueName } from "../shared.js";
import { type Queue, QueueMetadata } from "./queue.js";

type Options = CallOptions & HeaderOptions<typeof messageService>;

/** A queue argument: its name, or a queue (a listed one, or what createQueue gave). */
export type QueueRef = string | { readonly name: string };

function nameOf(what: string, queue: QueueRef): string {
  const name = typeof queue === "string" ? queue : queue?.name;
  const checked = v.safeParse(queueName, name);
  if (!checked.success)
    throw new InvalidArgumentError(`${what}: ${checked.issues[0].message}, got ${JSON.stringify(name)}`);
  return checked.output;
}

function request(what: string, options: Options) {
  refuseUnknownOptions(messageService, what, options, ["signal"]);
  return { headers: callHeadersOf(messageService, what, options) ?? {}, signal: options.signal };
}

/**
 * Creates a queue by its name (`PUT /v2/queues/{name}`), with metadata if given: Zaqar's
 * reserved settings (`_default_message_ttl`, `_max_messages_post_size`, …) and the user's
 * own. Zaqar answers without a body (201, or 204 when the queue was there already): the
 * result is the queue as sent.
 */
export async function createQueue(
  target: SessionOrClient,
  queue: { name: string; metadata?: Readonly<Record<string, unknown>> },
  options: Options = {},
): Promise<Queue> {
  const what = "createQueue";
  const name = nameOf(what, queue);
  const metadata =
    queue.metadata === undefined
      ? {}
      : parseItem<Record<string, unknown>>(QueueMetadata, queue.metadata, name, `${what} metadata`);
  await clientFor(target, messageService).put(fillPath("queues/{name}", { name }), {
    ...request(what, options),
    json: metadata,
  });
  return { name, metadata };
}

/**
 * A queue with its metadata (`GET /v2/queues/{name}`, which answers the metadata alone,
 * Zaqar's defaults for the reserved settings filled in). Queues are lazy to Zaqar (posting
 * to a name makes its queue): it answers any name, made or not, with the defaults, so
 * whether a queue was made is what findQueue or listQueues tell.
 */
export async function getQueue(target: SessionOrClient, queue: QueueRef, options: Options = {}): Promise<Queue> {
  const what = "getQueue";
  const name = nameOf(what, queue);
  const path = fillPath("queues/{name}", { name });
  const response = await clientFor(target, messageService).get(path, request(what, options));
  const metadata = parseItem<Record<string, unknown>>(QueueMetadata, await response.json(), response.url || path, what);
  return { name, metadata };
}

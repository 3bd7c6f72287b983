import {
  callHeadersOf,
  clientFor,
  fillPath,
  parseItem,
  refuseUnknownOptions,
  ResponseValidationError,
  type CallOptions,
  type HeaderOptions,
  type SessionOrClient,
} from "@openstack-ts/core";
import * as v from "valibot";
import { messageService } from "../descriptor.js";
import type { QueueRef } from "../queues/queue-calls.js";
import { ClaimedMessage, type ClaimTimes } from "./claim.js";

const Claimed = v.looseObject({ messages: v.array(ClaimedMessage) });

/** A claim just made: its id and path (from the Location), its messages, and the `ttl` asked for, if one was. */
export interface NewClaim {
  id: string;
  href: string;
  ttl?: number;
  messages: v.InferOutput<typeof ClaimedMessage>[];
}

/** What createClaim takes: the queue, the claim's times, and how many messages at most (`limit`, Zaqar's default 10). */
export interface ClaimRequest extends ClaimTimes {
  queue_name: QueueRef;
  limit?: number;
}

/**
 * Claims free messages of a queue (`POST /v2/queues/{name}/claims`). Zaqar answers 201 with
 * the messages and the claim's path in Location, or 204 when no message was free: then
 * the result is `null`. The claim's id is read from the Location, as no body names it.
 */
export async function createClaim(
  target: SessionOrClient,
  request: ClaimRequest,
  options: CallOptions & HeaderOptions<typeof messageService> = {},
): Promise<NewClaim | null> {
  const what = "createClaim";
  refuseUnknownOptions(messageService, what, options, ["signal"]);
  const { queue_name, limit, ttl, grace } = request;
  const path = fillPath("queues/{queue_name}/claims", { queue_name });
  const response = await clientFor(target, messageService).post(path, {
    headers: callHeadersOf(messageService, what, options) ?? {},
    signal: options.signal,
    json: { ttl, grace },
    retry: 0,
    ...(limit !== undefined && { searchParams: { limit } }),
  });
  if (response.status === 204) return null;
  const { messages } = parseItem<v.InferOutput<typeof Claimed>>(
    Claimed,
    await response.json(),
    response.url || path,
    what,
  );
  const location = response.headers.get("location") ?? "";
  const id = /\/claims\/([^/?]+)/.exec(location)?.[1];
  if (id === undefined) {
    throw new ResponseValidationError({
      url: response.url || path,
      field: "Location",
      problem: `names no claim: '${location}'`,
    });
  }
  return { id: decodeURIComponent(id), href: location, ...(ttl !== undefined && { ttl }), messages };
}

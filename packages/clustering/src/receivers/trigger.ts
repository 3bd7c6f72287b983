import { clientFor, InvalidArgumentError, parseItem, type SessionOrClient } from "@openstack-ts/core";
import { clusteringService } from "../descriptor.js";
import { ActionAccepted } from "../shared.js";
import { type Receiver, receivers } from "./receiver.js";

/**
 * Calls a webhook receiver's URL (`channel.alarm_url`, which carries the receiver's id and
 * its `V=2`), as a monitoring system would: without a token (Senlin acts with the
 * receiver's owner's trust). `params`, when given, are the action's inputs for this call
 * (`{ count: 2 }`). Answers the action it started (`waitForAction`).
 */
export async function triggerReceiver(
  target: SessionOrClient,
  receiver: string | Receiver,
  options: { params?: Readonly<Record<string, unknown>>; signal?: AbortSignal } = {},
): Promise<{ action: string }> {
  const { params, signal } = options;
  const item = typeof receiver === "string" ? await receivers.get(target, receiver, { signal }) : receiver;
  const url = item.channel?.alarm_url;
  if (typeof url !== "string")
    throw new InvalidArgumentError(
      `triggerReceiver: receiver ${item.id} has no webhook URL (channel.alarm_url); its type is ${item.type}`,
    );
  const response = await clientFor(target, clusteringService).request("POST", url, {
    anonymous: true,
    signal,
    ...(params !== undefined && { json: params }),
  });
  return parseItem(ActionAccepted, await response.json(), url, "triggerReceiver");
}

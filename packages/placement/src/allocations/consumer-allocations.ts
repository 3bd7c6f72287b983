import type { CallOptions, Target } from "@openstack-ts/core";
import { placementCall } from "../call.js";
import { ConsumerAllocations, versionFor, type ConsumerAllocationsInput } from "./allocation.js";

/** A consumer's allocations; `{ allocations: {} }` for a consumer with none. */
export function getAllocations(target: Target, args: { consumer_uuid: string }, options: CallOptions = {}): Promise<ConsumerAllocations> {
  return placementCall(target, {
    method: "GET",
    path: "allocations/{consumer_uuid}",
    params: { consumer_uuid: args.consumer_uuid },
    max: "1.39",
    what: "getAllocations",
    schema: ConsumerAllocations,
    signal: options.signal,
  });
}

/**
 * Replaces a consumer's allocations (PUT, 1.28 or above as the body needs). All or nothing:
 * a provider without the capacity is a `ConflictError` and nothing changes, and so is a
 * stale `consumer_generation` (read the consumer again and retry).
 */
export async function setAllocations(target: Target, args: ConsumerAllocationsInput & { consumer_uuid: string }, options: CallOptions = {}): Promise<void> {
  const { consumer_uuid, ...body } = args;
  const version = versionFor([body], "1.28");
  return placementCall(target, {
    method: "PUT",
    path: "allocations/{consumer_uuid}",
    params: { consumer_uuid },
    json: body,
    requires: version,
    max: version,
    what: "setAllocations",
    signal: options.signal,
  });
}

/**
 * Sets the allocations of several consumers at once, atomically (POST /allocations, 1.28 or
 * above as the bodies need): the way to move resources from one consumer to another. An
 * empty `allocations` removes that consumer's.
 */
export async function manageAllocations(target: Target, consumers: Readonly<Record<string, ConsumerAllocationsInput>>, options: CallOptions = {}): Promise<void> {
  const version = versionFor(Object.values(consumers), "1.28");
  return placementCall(target, {
    method: "POST",
    path: "allocations",
    json: consumers,
    requires: version,
    max: version,
    what: "manageAllocations",
    signal: options.signal,
  });
}

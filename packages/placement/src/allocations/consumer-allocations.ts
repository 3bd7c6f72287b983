import { actionFunctions, type ActionSpec } from "@openstack-ts/core";
import { placementService } from "../descriptor.js";
import { ConsumerAllocations, versionFor, type ConsumerAllocationsInput } from "./consumer.js";

type Consumers = Readonly<Record<string, ConsumerAllocationsInput>>;

export const consumerAllocationActions = {
  /** A consumer's allocations; `{ allocations: {} }` for a consumer with none. */
  getAllocations: {
    method: "GET",
    path: "allocations/{consumer_uuid}",
    returns: "json",
    schema: ConsumerAllocations,
    maxMicroversion: "1.39",
  },
  /**
   * Replaces a consumer's allocations (PUT, 1.28 or above as the body needs). All or nothing:
   * a provider without the capacity is a `ConflictError` and nothing changes, and so is a
   * stale `consumer_generation` (read the consumer again and retry).
   */
  setAllocations: {
    method: "PUT",
    path: "allocations/{consumer_uuid}",
    body: ({ consumer_uuid, ...body }: ConsumerAllocationsInput & { consumer_uuid: string }) => body,
    requires: (args: ConsumerAllocationsInput) => versionFor([args], "1.28"),
  },
  /**
   * Sets the allocations of several consumers at once, atomically (POST /allocations, 1.28 or
   * above as the bodies need): the way to move resources from one consumer to another. An
   * empty `allocations` removes that consumer's.
   */
  manageAllocations: {
    method: "POST",
    path: "allocations",
    body: (consumers: Consumers) => consumers,
    requires: (consumers: Consumers) => versionFor(Object.values(consumers), "1.28"),
  },
} as const satisfies Readonly<Record<string, ActionSpec>>;

export const { getAllocations, setAllocations, manageAllocations } = actionFunctions(
  placementService,
  consumerAllocationActions,
);

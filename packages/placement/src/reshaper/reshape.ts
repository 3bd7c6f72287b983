import { actionFunctions, type ActionSpec } from "@openstack-ts/core";
import { versionFor, type ConsumerAllocationsInput } from "../allocations/consumer.js";
import { placementService } from "../descriptor.js";
import type { InventoryInput } from "../inventories/inventory.js";

export interface ReshapeInput {
  /** The complete new inventory of each provider touched, keyed by provider uuid, with its current generation. */
  inventories: Readonly<
    Record<string, { resource_provider_generation: number; inventories: Readonly<Record<string, InventoryInput>> }>
  >;
  /** The complete new allocations of each consumer touched, keyed by consumer uuid. */
  allocations: Readonly<Record<string, ConsumerAllocationsInput>>;
}

export const reshapeActions = {
  /**
   * Moves inventory and the allocations against it between providers in one transaction
   * (POST /reshaper, 1.30): how a driver turns a flat provider into a tree without a moment
   * where allocations exceed inventory. Any stale generation (provider or consumer) is a
   * `ConflictError` and nothing changes. Needs the `placement:reshaper:reshape` policy
   * (admin by default).
   */
  reshape: {
    method: "POST",
    path: "reshaper",
    body: (input: ReshapeInput) => input,
    requires: (input: ReshapeInput) => versionFor(Object.values(input.allocations), "1.30"),
  },
} as const satisfies Readonly<Record<string, ActionSpec>>;

export const { reshape } = actionFunctions(placementService, reshapeActions);

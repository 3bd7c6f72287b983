import type { CallOptions, Target } from "@openstack-ts/core";
import { placementCall } from "../call.js";
import { versionFor, type ConsumerAllocationsInput } from "../allocations/allocation.js";
import type { InventoryInput } from "../inventories/inventory.js";

export interface ReshapeInput {
  /** The complete new inventory of each provider touched, keyed by provider uuid, with its current generation. */
  inventories: Readonly<Record<string, { resource_provider_generation: number; inventories: Readonly<Record<string, InventoryInput>> }>>;
  /** The complete new allocations of each consumer touched, keyed by consumer uuid. */
  allocations: Readonly<Record<string, ConsumerAllocationsInput>>;
}

/**
 * Moves inventory and the allocations against it between providers in one transaction
 * (POST /reshaper, 1.30): how a driver turns a flat provider into a tree without a moment
 * where allocations exceed inventory. Any stale generation (provider or consumer) is a
 * `ConflictError` and nothing changes. Needs the `placement:reshaper:reshape` policy
 * (admin by default).
 */
export async function reshape(target: Target, body: ReshapeInput, options: CallOptions = {}): Promise<void> {
  const version = versionFor(Object.values(body.allocations), "1.30");
  return placementCall(target, {
    method: "POST",
    path: "reshaper",
    json: body,
    requires: version,
    max: version,
    what: "reshape",
    signal: options.signal,
  });
}

import { actionFunctions, type ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";
import { placementService } from "../descriptor.js";
import { Generation } from "../shared.js";
import { InventoryRecord, type InventoryInput } from "./inventory.js";

/** A provider's whole inventory: a record per resource class, and the provider's generation. */
export const ResourceProviderInventories = v.looseObject({
  inventories: v.record(v.string(), InventoryRecord),
  resource_provider_generation: Generation,
});
export type ResourceProviderInventories = v.InferOutput<typeof ResourceProviderInventories>;

const path = "resource_providers/{resource_provider_uuid}/inventories";

export const inventoryMapActions = {
  /**
   * Every inventory of a provider, keyed by resource class (openstacksdk:
   * `resource_provider_inventories`). An action rather than a list verb: Placement answers
   * with a map, not a collection, and the generation beside it is what a later change needs.
   */
  getResourceProviderInventories: {
    method: "GET",
    path,
    idField: "uuid",
    returns: "json",
    schema: ResourceProviderInventories,
    maxMicroversion: "1.39",
  },
  /**
   * Replaces a provider's whole inventory: classes not named are removed, each record named is
   * set as given (fields left out take their defaults). `resource_provider_generation` must
   * be the provider's current one; a stale one is a `ConflictError` (409) and changes nothing:
   * read the inventories again, reapply, retry. Removing a class that has allocations is a 409 too.
   * Answers with the new inventory and the provider's new generation.
   */
  setResourceProviderInventories: {
    method: "PUT",
    path,
    idField: "uuid",
    body: (args: { resource_provider_generation: number; inventories: Readonly<Record<string, InventoryInput>> }) => ({
      resource_provider_generation: args.resource_provider_generation,
      inventories: args.inventories,
    }),
    returns: "json",
    schema: ResourceProviderInventories,
    maxMicroversion: "1.39",
  },
} as const satisfies Readonly<Record<string, ActionSpec>>;

export const { getResourceProviderInventories, setResourceProviderInventories } = actionFunctions(
  placementService,
  inventoryMapActions,
);

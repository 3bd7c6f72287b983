import type { CallOptions, Target } from "@openstack-ts/core";
import * as v from "valibot";
import { placementCall, type ProviderRef } from "../call.js";
import { Generation } from "../shared.js";
import { InventoryRecord, type InventoryInput } from "./inventory.js";

/** A provider's whole inventory: a record per resource class, and the provider's generation. */
export const ResourceProviderInventories = v.looseObject({
  inventories: v.record(v.string(), InventoryRecord),
  resource_provider_generation: Generation,
});
export type ResourceProviderInventories = v.InferOutput<typeof ResourceProviderInventories>;

const path = "resource_providers/{resource_provider_uuid}/inventories";

/**
 * Every inventory of a provider, keyed by resource class (openstacksdk:
 * `resource_provider_inventories`). A function rather than a list verb: Placement answers
 * with a map, not a collection, and the generation beside it is what a later change needs.
 */
export function getResourceProviderInventories(
  target: Target,
  args: { resource_provider_uuid: ProviderRef },
  options: CallOptions = {},
): Promise<ResourceProviderInventories> {
  return placementCall(target, {
    method: "GET",
    path,
    params: { resource_provider_uuid: args.resource_provider_uuid },
    max: "1.39",
    what: "getResourceProviderInventories",
    schema: ResourceProviderInventories,
    signal: options.signal,
  });
}

/**
 * Replaces a provider's whole inventory: classes not named are removed, each record named is
 * set as given (fields left out take their defaults). `resource_provider_generation` must
 * be the provider's current one; a stale one is a `ConflictError` (409) and changes nothing:
 * read the inventories again, reapply, retry. Removing a class that has allocations is a 409 too.
 * Answers with the new inventory and the provider's new generation.
 */
export function setResourceProviderInventories(
  target: Target,
  args: { resource_provider_uuid: ProviderRef; resource_provider_generation: number; inventories: Readonly<Record<string, InventoryInput>> },
  options: CallOptions = {},
): Promise<ResourceProviderInventories> {
  return placementCall(target, {
    method: "PUT",
    path,
    params: { resource_provider_uuid: args.resource_provider_uuid },
    json: { resource_provider_generation: args.resource_provider_generation, inventories: args.inventories },
    max: "1.39",
    what: "setResourceProviderInventories",
    schema: ResourceProviderInventories,
    signal: options.signal,
  });
}

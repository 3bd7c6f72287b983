import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { placementService } from "../descriptor.js";
import { Generation } from "../shared.js";

/** One inventory record: how much of one resource class a provider has, and on what terms. */
export const InventoryRecord = v.looseObject({
  total: v.number(),
  reserved: v.number(),
  min_unit: v.number(),
  max_unit: v.number(),
  step_size: v.number(),
  allocation_ratio: v.number(),
});

/** What a caller sends for one record: `total`, and any setting that should not be its default. */
export interface InventoryInput {
  total: number;
  reserved?: number;
  min_unit?: number;
  max_unit?: number;
  step_size?: number;
  allocation_ratio?: number;
}

/** One inventory of a provider, as `GET …/inventories/{resource_class}` answers. */
export const ResourceProviderInventory = v.looseObject({
  ...InventoryRecord.entries,
  // Answers carry the provider's generation (adding an inventory bumps it, so it is never 0 here).
  resource_provider_generation: Generation,
  // The class is in the URL; only a create sends it in the body, and no answer carries it.
  resource_class: v.optional(v.string()),
});

/**
 * One resource class's inventory of a provider. Pass the provider as
 * `{ resource_provider_uuid }` and the class as the reference: `getResourceProviderInventory("VCPU",
 * { resource_provider_uuid })`.
 *
 * - `create` POSTs `{resource_class, total, …}`; a class the provider already has is a 409.
 * - `update` is Placement's PUT: send `resource_provider_generation` (the provider's current
 *   generation) and `total`; fields left out return to their defaults (reserved 0, min_unit
 *   1, max_unit 2147483647, step_size 1, allocation_ratio 1.0), so send the whole record.
 *   A stale generation is a `ConflictError`: read the provider again and retry.
 * - `delete` takes no generation; an inventory with allocations against it is a 409.
 *
 * The whole inventory of a provider is a map keyed by resource class, not a list: read and
 * replace it with `getResourceProviderInventories` / `setResourceProviderInventories`,
 * remove it with `deleteResourceProviderInventories` (1.5).
 */
export const resourceProviderInventories = defineResource({
  service: placementService,
  path: "resource_providers/{resource_provider_uuid}/inventories",
  singular: "ResourceProviderInventory",
  plural: "ResourceProviderInventories",
  idField: "resource_class",
  schema: ResourceProviderInventory,
  verbs: ["get", "create", "update", "delete"],
  required: ["resource_class", "total"],
  createOnly: ["resource_class"],
  // 1.26 lets `reserved` equal `total` (a provider whose capacity is all held back).
  maxMicroversion: "1.39",
  actions: {
    deleteResourceProviderInventories: {
      method: "DELETE",
      path: "resource_providers/{resource_provider_uuid}/inventories",
      requires: "1.5",
    },
  },
});

/** A ResourceProviderInventory as the API returns it. */
export type ResourceProviderInventory = Item<typeof resourceProviderInventories>;

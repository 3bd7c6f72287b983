import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { aggregateActions } from "../aggregates/aggregates.js";
import { inventoryMapActions } from "../inventories/inventory-map.js";
import { placementService } from "../descriptor.js";
import { Generation, Link } from "../shared.js";
import { usageActions } from "../usages/usages.js";

/** A resource provider, fields as the Placement API reference names them. */
export const ResourceProvider = v.looseObject({
  uuid: v.string(),
  name: v.string(),
  generation: Generation,
  links: v.array(Link),
  // Both since 1.14: null for a root provider; a root is its own root.
  parent_provider_uuid: v.optional(v.nullable(v.string())),
  root_provider_uuid: v.optional(v.string()),
});

/**
 * Resource providers. Bodies have no envelope and providers are named by `uuid` in URLs.
 *
 * Placement's PUT replaces the provider's settable fields, so `updateResourceProvider`
 * must always send `name` (Placement answers 400 without it), with `parent_provider_uuid`
 * when moving the provider. Setting a parent once is always allowed; changing or removing
 * it needs 1.37. A provider update takes no generation; inventories, traits and
 * aggregates do (see their actions).
 *
 * `create` answers with the provider since 1.20 (the negotiated default on any current
 * cloud); below it Placement answers 201 with no body. Filters: `resources`
 * (`VCPU:2,MEMORY_MB:512`), `required` (traits, `!` to forbid, `in:A,B` for any of since
 * 1.39; a list repeats the parameter), `member_of` (aggregates, `in:`, `!`; a list repeats
 * it since 1.24), `in_tree`.
 *
 * A provider's inventories, aggregates and usages are maps, not items: they are its actions
 * (`getResourceProviderInventories`, `setResourceProviderAggregates`, …).
 */
export const resourceProviders = defineResource({
  service: placementService,
  path: "resource_providers",
  singular: "ResourceProvider",
  plural: "ResourceProviders",
  pluralKey: "resource_providers",
  idField: "uuid",
  schema: ResourceProvider,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name", "uuid"],
  filters: { member_of: v.string(), in_tree: v.string(), resources: v.string(), required: v.string() },
  required: ["name"],
  readOnly: ["generation", "links", "root_provider_uuid"],
  createOnly: ["uuid"],
  pagination: "none",
  maxMicroversion: "1.39",
  actions: { ...inventoryMapActions, ...aggregateActions, ...usageActions },
});

/** A ResourceProvider as the API returns it (its declared fields; extra fields pass through at run time). */
export type ResourceProvider = Item<typeof resourceProviders>;

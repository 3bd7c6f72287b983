import type { CallOptions, Target } from "@openstack-ts/core";
import * as v from "valibot";
import { placementCall, type ProviderRef } from "../call.js";
import { Generation } from "../shared.js";

/** The aggregates (uuids of Placement aggregates, not Nova host aggregates' ids) a provider belongs to. */
export const ResourceProviderAggregates = v.looseObject({
  aggregates: v.array(v.string()),
  resource_provider_generation: Generation,
});
export type ResourceProviderAggregates = v.InferOutput<typeof ResourceProviderAggregates>;

const path = "resource_providers/{resource_provider_uuid}/aggregates";

// Both calls need 1.19: below it the body is a bare list without the generation, and a
// change could silently overwrite another writer's.

/** The aggregates a provider is a member of (openstacksdk: `get_resource_provider_aggregates`). */
export function getResourceProviderAggregates(target: Target, args: { resource_provider_uuid: ProviderRef }, options: CallOptions = {}): Promise<ResourceProviderAggregates> {
  return placementCall(target, {
    method: "GET",
    path,
    params: { resource_provider_uuid: args.resource_provider_uuid },
    requires: "1.19",
    max: "1.39",
    what: "getResourceProviderAggregates",
    schema: ResourceProviderAggregates,
    signal: options.signal,
  });
}

/**
 * Replaces the aggregates a provider is a member of; an aggregate is just a uuid, created by
 * naming it. A stale `resource_provider_generation` is a `ConflictError` (409) and
 * changes nothing. Answers with the aggregates and the new generation.
 */
export function setResourceProviderAggregates(
  target: Target,
  args: { resource_provider_uuid: ProviderRef; resource_provider_generation: number; aggregates: readonly string[] },
  options: CallOptions = {},
): Promise<ResourceProviderAggregates> {
  return placementCall(target, {
    method: "PUT",
    path,
    params: { resource_provider_uuid: args.resource_provider_uuid },
    json: { resource_provider_generation: args.resource_provider_generation, aggregates: args.aggregates },
    requires: "1.19",
    max: "1.39",
    what: "setResourceProviderAggregates",
    schema: ResourceProviderAggregates,
    signal: options.signal,
  });
}

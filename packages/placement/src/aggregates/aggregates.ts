import { actionFunctions, type ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";
import { placementService } from "../descriptor.js";
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
export const aggregateActions = {
  /** The aggregates a provider is a member of (openstacksdk: `get_resource_provider_aggregates`). */
  getResourceProviderAggregates: {
    method: "GET",
    path,
    idField: "uuid",
    returns: "json",
    schema: ResourceProviderAggregates,
    requires: "1.19",
    maxMicroversion: "1.39",
  },
  /**
   * Replaces the aggregates a provider is a member of; an aggregate is just a uuid, created by
   * naming it. A stale `resource_provider_generation` is a `ConflictError` (409) and
   * changes nothing. Answers with the aggregates and the new generation.
   */
  setResourceProviderAggregates: {
    method: "PUT",
    path,
    idField: "uuid",
    body: (args: { resource_provider_generation: number; aggregates: readonly string[] }) => ({
      resource_provider_generation: args.resource_provider_generation,
      aggregates: args.aggregates,
    }),
    returns: "json",
    schema: ResourceProviderAggregates,
    requires: "1.19",
    maxMicroversion: "1.39",
  },
} as const satisfies Readonly<Record<string, ActionSpec>>;

export const { getResourceProviderAggregates, setResourceProviderAggregates } = actionFunctions(
  placementService,
  aggregateActions,
);

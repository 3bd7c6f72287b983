import { actionFunctions, type ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";
import { placementService } from "../descriptor.js";
import { Generation } from "../shared.js";

/** The traits of one provider, and the provider's generation. */
export const ResourceProviderTraits = v.looseObject({
  traits: v.array(v.string()),
  resource_provider_generation: Generation,
});
export type ResourceProviderTraits = v.InferOutput<typeof ResourceProviderTraits>;

const path = "resource_providers/{resource_provider_uuid}/traits";

export const providerTraitActions = {
  /** The traits a provider has (1.6). */
  getResourceProviderTraits: {
    method: "GET",
    path,
    idField: "uuid",
    returns: "json",
    schema: ResourceProviderTraits,
    requires: "1.6",
    maxMicroversion: "1.39",
  },
  /**
   * Replaces a provider's traits (1.6); every trait must exist already (`createTrait`).
   * `resource_provider_generation` must be the current one: a stale one is a
   * `ConflictError` (409) and changes nothing. Answers with the traits and the new generation.
   */
  setResourceProviderTraits: {
    method: "PUT",
    path,
    idField: "uuid",
    body: (args: { resource_provider_generation: number; traits: readonly string[] }) => ({
      resource_provider_generation: args.resource_provider_generation,
      traits: args.traits,
    }),
    returns: "json",
    schema: ResourceProviderTraits,
    requires: "1.6",
    maxMicroversion: "1.39",
  },
} as const satisfies Readonly<Record<string, ActionSpec>>;

export const { getResourceProviderTraits, setResourceProviderTraits } = actionFunctions(
  placementService,
  providerTraitActions,
);

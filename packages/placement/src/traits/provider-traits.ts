import type { CallOptions, Target } from "@openstack-ts/core";
import * as v from "valibot";
import { placementCall, type ProviderRef } from "../call.js";
import { Generation } from "../shared.js";

/** The traits of one provider, and the provider's generation. */
export const ResourceProviderTraits = v.looseObject({
  traits: v.array(v.string()),
  resource_provider_generation: Generation,
});
export type ResourceProviderTraits = v.InferOutput<typeof ResourceProviderTraits>;

const path = "resource_providers/{resource_provider_uuid}/traits";

/** The traits a provider has (1.6). */
export function getResourceProviderTraits(target: Target, args: { resource_provider_uuid: ProviderRef }, options: CallOptions = {}): Promise<ResourceProviderTraits> {
  return placementCall(target, {
    method: "GET",
    path,
    params: { resource_provider_uuid: args.resource_provider_uuid },
    requires: "1.6",
    max: "1.39",
    what: "getResourceProviderTraits",
    schema: ResourceProviderTraits,
    signal: options.signal,
  });
}

/**
 * Replaces a provider's traits (1.6); every trait must exist already (`createTrait`).
 * `resource_provider_generation` must be the current one: a stale one is a
 * `ConflictError` (409) and changes nothing. Answers with the traits and the new generation.
 */
export function setResourceProviderTraits(
  target: Target,
  args: { resource_provider_uuid: ProviderRef; resource_provider_generation: number; traits: readonly string[] },
  options: CallOptions = {},
): Promise<ResourceProviderTraits> {
  return placementCall(target, {
    method: "PUT",
    path,
    params: { resource_provider_uuid: args.resource_provider_uuid },
    json: { resource_provider_generation: args.resource_provider_generation, traits: args.traits },
    requires: "1.6",
    max: "1.39",
    what: "setResourceProviderTraits",
    schema: ResourceProviderTraits,
    signal: options.signal,
  });
}

import type { CallOptions, Target } from "@openstack-ts/core";
import * as v from "valibot";
import { placementCall, type ProviderRef } from "../call.js";
import { Generation, ResourceAmounts } from "../shared.js";

/** What is allocated against one provider, by resource class, and the provider's generation. */
export const ResourceProviderUsages = v.looseObject({
  usages: ResourceAmounts,
  resource_provider_generation: Generation,
});
export type ResourceProviderUsages = v.InferOutput<typeof ResourceProviderUsages>;

/** What one project (or one user in it) uses, by resource class. */
export const ProjectUsages = v.looseObject({ usages: ResourceAmounts });
export type ProjectUsages = v.InferOutput<typeof ProjectUsages>;

/** The same, grouped by consumer type (`INSTANCE`, `MIGRATION`, `unknown`, …), each with its `consumer_count`. */
export const ProjectUsagesByConsumerType = v.looseObject({
  // Each group: its `consumer_count`, and an amount per resource class beside it.
  usages: v.record(v.string(), v.intersect([v.looseObject({ consumer_count: v.number() }), ResourceAmounts])),
});
export type ProjectUsagesByConsumerType = v.InferOutput<typeof ProjectUsagesByConsumerType>;

/** What is allocated against a provider, by resource class. */
export function getResourceProviderUsages(target: Target, args: { resource_provider_uuid: ProviderRef }, options: CallOptions = {}): Promise<ResourceProviderUsages> {
  return placementCall(target, {
    method: "GET",
    path: "resource_providers/{resource_provider_uuid}/usages",
    params: { resource_provider_uuid: args.resource_provider_uuid },
    max: "1.39",
    what: "getResourceProviderUsages",
    schema: ResourceProviderUsages,
    signal: options.signal,
  });
}

/**
 * A project's total usages, by resource class (1.9; `GET /usages?project_id=`). Held at
 * most at 1.37, the last microversion answering this flat shape; for the grouped one, see
 * `getProjectUsagesByConsumerType`.
 */
export function getProjectUsages(target: Target, query: { project_id: string; user_id?: string }, options: CallOptions = {}): Promise<ProjectUsages> {
  return placementCall(target, {
    method: "GET",
    path: "usages",
    query: [
      ["project_id", query.project_id],
      ["user_id", query.user_id],
    ],
    requires: "1.9",
    max: "1.37",
    what: "getProjectUsages",
    schema: ProjectUsages,
    signal: options.signal,
  });
}

/**
 * A project's usages grouped by consumer type, each group with its consumer count (1.38).
 * `consumer_type` narrows to one type, or `all` / `unknown`.
 */
export function getProjectUsagesByConsumerType(
  target: Target,
  query: { project_id: string; user_id?: string; consumer_type?: string },
  options: CallOptions = {},
): Promise<ProjectUsagesByConsumerType> {
  return placementCall(target, {
    method: "GET",
    path: "usages",
    query: [
      ["project_id", query.project_id],
      ["user_id", query.user_id],
      ["consumer_type", query.consumer_type],
    ],
    requires: "1.38",
    max: "1.39",
    what: "getProjectUsagesByConsumerType",
    schema: ProjectUsagesByConsumerType,
    signal: options.signal,
  });
}

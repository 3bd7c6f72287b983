import { actionFunctions, type ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";
import { placementService } from "../descriptor.js";
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

export const usageActions = {
  /** What is allocated against a provider, by resource class. */
  getResourceProviderUsages: {
    method: "GET",
    path: "resource_providers/{resource_provider_uuid}/usages",
    idField: "uuid",
    returns: "json",
    schema: ResourceProviderUsages,
    maxMicroversion: "1.39",
  },
  /**
   * A project's total usages, by resource class (1.9; `GET /usages?project_id=`). Held at
   * most at 1.37, the last microversion answering this flat shape; for the grouped one, see
   * `getProjectUsagesByConsumerType`.
   */
  getProjectUsages: {
    method: "GET",
    path: "usages",
    query: (args: { project_id: string; user_id?: string }) => ({ project_id: args.project_id, user_id: args.user_id }),
    returns: "json",
    schema: ProjectUsages,
    requires: "1.9",
    maxMicroversion: "1.37",
  },
  /**
   * A project's usages grouped by consumer type, each group with its consumer count (1.38).
   * `consumer_type` narrows to one type, or `all` / `unknown`.
   */
  getProjectUsagesByConsumerType: {
    method: "GET",
    path: "usages",
    query: (args: { project_id: string; user_id?: string; consumer_type?: string }) => ({
      project_id: args.project_id,
      user_id: args.user_id,
      consumer_type: args.consumer_type,
    }),
    returns: "json",
    schema: ProjectUsagesByConsumerType,
    requires: "1.38",
    maxMicroversion: "1.39",
  },
} as const satisfies Readonly<Record<string, ActionSpec>>;

export const { getResourceProviderUsages, getProjectUsages, getProjectUsagesByConsumerType } = actionFunctions(
  placementService,
  usageActions,
);

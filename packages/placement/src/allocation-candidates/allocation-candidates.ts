import { actionFunctions, type ActionSpec } from "@openstack-ts/core";
import * as v from "valibot";
import { placementService } from "../descriptor.js";
import { ResourceAmounts } from "../shared.js";
import { candidatesQuery, type AllocationCandidatesQuery } from "./query.js";

/** One way to satisfy the request: amounts per provider uuid, ready for `setAllocations`. */
export const AllocationRequest = v.looseObject({
  allocations: v.record(v.string(), v.looseObject({ resources: ResourceAmounts })),
  // 1.34: which providers satisfied which request group ("" is the unnamed group).
  mappings: v.optional(v.record(v.string(), v.array(v.string()))),
});

/** Capacity and use of one provider named in some allocation request. */
export const ProviderSummary = v.looseObject({
  resources: v.record(v.string(), v.looseObject({ capacity: v.number(), used: v.number() })),
  traits: v.optional(v.array(v.string())), // 1.17
  parent_provider_uuid: v.optional(v.nullable(v.string())), // 1.29
  root_provider_uuid: v.optional(v.string()), // 1.29
});

export const AllocationCandidates = v.looseObject({
  allocation_requests: v.array(AllocationRequest),
  provider_summaries: v.record(v.string(), ProviderSummary),
});
export type AllocationCandidates = v.InferOutput<typeof AllocationCandidates>;
export type AllocationRequest = v.InferOutput<typeof AllocationRequest>;
export type ProviderSummary = v.InferOutput<typeof ProviderSummary>;

export const candidateActions = {
  /**
   * The ways the cloud could satisfy a request for resources (1.12 and up: the first
   * microversion whose allocation requests are keyed by provider, as `setAllocations` takes
   * them). Nothing fits: an empty `allocation_requests`, not an error. The microversion sent
   * is the SDK's highest the server offers; a filter newer than the server is a
   * `MicroversionError` before anything is sent.
   *
   * @example
   * const { allocation_requests } = await listAllocationCandidates(conn.placement, {
   *   resources: { VCPU: 1, MEMORY_MB: 512 },
   *   required: "CUSTOM_FAST",
   * });
   */
  listAllocationCandidates: {
    method: "GET",
    path: "allocation_candidates",
    query: (query: AllocationCandidatesQuery) => candidatesQuery(query).params,
    requires: (query: AllocationCandidatesQuery) => candidatesQuery(query).requires,
    returns: "json",
    schema: AllocationCandidates,
    maxMicroversion: "1.39",
  },
} as const satisfies Readonly<Record<string, ActionSpec>>;

export const { listAllocationCandidates } = actionFunctions(placementService, candidateActions);

import * as v from "valibot";
import { Generation, ResourceAmounts } from "../shared.js";

/** One consumer's allocations, keyed by provider uuid, as `GET /allocations/{consumer_uuid}` answers. */
export const ConsumerAllocations = v.looseObject({
  allocations: v.record(v.string(), v.looseObject({ generation: Generation, resources: ResourceAmounts })),
  // The rest only when the consumer has allocations: 1.12 (project, user), 1.28 (generation), 1.38 (type).
  project_id: v.optional(v.string()),
  user_id: v.optional(v.string()),
  consumer_generation: v.optional(v.nullable(v.number())),
  consumer_type: v.optional(v.string()),
});
export type ConsumerAllocations = v.InferOutput<typeof ConsumerAllocations>;

/** What one consumer's allocations are set to: amounts per provider uuid, and whose they are. */
export interface ConsumerAllocationsInput {
  /** Keyed by provider uuid; `generation` is accepted and ignored by Placement. Empty removes every allocation. */
  allocations: Readonly<Record<string, { resources: Readonly<Record<string, number>>; generation?: number }>>;
  project_id: string;
  user_id: string;
  /**
   * The consumer's current generation (from `getAllocations`), or `null` for a consumer
   * Placement has not seen. A stale one is a `ConflictError` (409): another writer changed
   * the consumer's allocations first.
   */
  consumer_generation: number | null;
  /** Which request group each provider satisfied, as allocation candidates' `mappings` say (1.34). */
  mappings?: Readonly<Record<string, readonly string[]>>;
  /** `INSTANCE`, `MIGRATION`, … (1.38, where Placement requires it). */
  consumer_type?: string;
}

/**
 * The microversion a write needs for what it carries: consumer generations from 1.28,
 * `mappings` from 1.34, `consumer_type` from 1.38. Exactly that one is sent, since from 1.38
 * Placement refuses a body without `consumer_type`.
 */
export function versionFor(consumers: Iterable<ConsumerAllocationsInput>, base: string): string {
  let version = base;
  for (const consumer of consumers) {
    if (consumer.consumer_type !== undefined) return "1.38";
    if (consumer.mappings !== undefined) version = "1.34";
  }
  return version;
}

import { actionFunctions } from "@openstack-ts/core";
import * as v from "valibot";
import { containerInfrastructureManagementService } from "../descriptor.js";
import { MAGNUM_MAX } from "../shared.js";

/** How many clusters a project (or, for an admin without one, every project) has, and their nodes. */
export const Stats = v.looseObject({
  clusters: v.number(),
  nodes: v.number(),
});
export type Stats = v.InferOutput<typeof Stats>;

/** `getStats({ project_id?, type? })`'s filters: another project's are an admin's; `type` is `cluster`. */
export interface StatsQuery {
  readonly project_id?: string;
  readonly type?: "cluster";
}

/** `getStats()` (1.4): the caller's own project's counts, or the filters' (admin). */
export const { getStats } = actionFunctions(containerInfrastructureManagementService, {
  getStats: {
    method: "GET",
    path: "stats",
    query: (a: StatsQuery) => ({ project_id: a.project_id, type: a.type }),
    returns: "json",
    schema: Stats,
    requires: "1.4",
    maxMicroversion: MAGNUM_MAX,
  },
});

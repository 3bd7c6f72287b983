import { type ActionSpec, runAction, type SessionOrClient } from "@openstack-ts/core";
import * as v from "valibot";
import { clusteringService } from "./descriptor.js";
import { MAX_MICROVERSION } from "./shared.js";

/** The revisions of Senlin's API and engine. */
export const BuildInfo = v.looseObject({
  api: v.optional(v.looseObject({ revision: v.string() })),
  engine: v.optional(v.looseObject({ revision: v.string() })),
});
export type BuildInfo = v.InferOutput<typeof BuildInfo>;

const BUILD_INFO: ActionSpec = {
  method: "GET",
  path: "build-info",
  returns: "json",
  resultKey: "build_info",
  schema: BuildInfo,
  maxMicroversion: MAX_MICROVERSION,
};

/** Senlin's build information: the revision of its API and of its engine. */
export async function getBuildInfo(
  target: SessionOrClient,
  options: { signal?: AbortSignal } = {},
): Promise<BuildInfo> {
  return (await runAction(clusteringService, "getBuildInfo", BUILD_INFO, target, {}, options)) as BuildInfo;
}

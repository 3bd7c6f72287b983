export { clusteringService } from "./descriptor.js";
export { clustering } from "./service-definition.js";

export * from "./resources.js";
export { ActionAccepted, Spec } from "./shared.js";
export type { AdjustmentType, ClusterResizeArgs } from "./clusters/cluster-actions.js";
export type { NodeAdoptArgs } from "./nodes/node-actions.js";
export { BuildInfo, getBuildInfo } from "./build-info.js";
export { triggerReceiver } from "./receivers/trigger.js";
export { type ActionRef, type SenlinWaitOptions, waitForAction, waitForCluster, waitForNode } from "./waits.js";

import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { clusteringService } from "./descriptor.js";
import { getBuildInfo } from "./build-info.js";
import { triggerReceiver } from "./receivers/trigger.js";
import { waitForAction, waitForCluster, waitForNode } from "./waits.js";

/**
 * Every Senlin resource, for the `conn.clustering` façade, and the calls that are functions:
 * the waits (which read Senlin's reason for a failure), a webhook's trigger and the build
 * information.
 */
export const clustering = defineService(clusteringService, resourcesIn(resources), {
  waitForAction,
  waitForCluster,
  waitForNode,
  triggerReceiver,
  getBuildInfo,
});

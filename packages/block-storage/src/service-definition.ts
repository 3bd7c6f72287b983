import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { blockStorageService } from "./descriptor.js";
import { createVolumeWithSchedulerHints } from "./volumes/create-with-hints.js";

/** Every block-storage resource, for the `conn.blockStorage` façade. */
export const blockStorage = defineService(blockStorageService, resourcesIn(resources), {
  createVolumeWithSchedulerHints,
});

import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { sharedFileSystemService } from "./descriptor.js";
import { getLimits } from "./limits/limits.js";

/** Every Manila resource, for the `conn.sharedFileSystem` façade, and the limits document. */
export const sharedFileSystem = defineService(sharedFileSystemService, resourcesIn(resources), { getLimits });

import { defineService, resourcesIn } from "@openstack-ts/core";
import { keyManagerService } from "./descriptor.js";
import * as functions from "./functions.js";
import * as resources from "./resources.js";

/** Every key-manager resource and function, for the `conn.keyManager` façade. */
export const keyManager = defineService(keyManagerService, resourcesIn(resources), { ...functions });

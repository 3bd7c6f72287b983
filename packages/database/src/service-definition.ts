import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { databaseService } from "./descriptor.js";

/** Every Trove resource, for the `conn.database` façade. */
export const database = defineService(databaseService, resourcesIn(resources));

import { defineService, resourcesIn } from "@openstack-ts/core";
import { baremetalIntrospectionService } from "./descriptor.js";
import * as resources from "./resources.js";

/** Every Ironic Inspector resource, for the `conn.baremetalIntrospection` façade. */
export const baremetalIntrospection = defineService(baremetalIntrospectionService, resourcesIn(resources));

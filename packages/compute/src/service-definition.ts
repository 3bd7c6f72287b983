import { defineService } from "@openstack-ts/core";
import { computeService } from "./service.js";

/** Every compute resource, for the `conn.compute` façade. */
export const compute = defineService(computeService, {});

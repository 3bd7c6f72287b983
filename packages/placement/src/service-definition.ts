import { defineService } from "@openstack-ts/core";
import { placementService } from "./service.js";

/** Every placement resource, for the `conn.placement` façade. */
export const placement = defineService(placementService, {});

import { defineService } from "@openstack-ts/core";
import { imageService } from "./service.js";

/** Every image resource, for the `conn.image` façade. */
export const image = defineService(imageService, {});

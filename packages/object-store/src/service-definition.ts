import { defineService } from "@openstack-ts/core";
import { containers } from "./containers/container.js";
import { objectStoreService } from "./service.js";

/** Every object-store resource, for the `conn.objectStore` façade. */
export const objectStore = defineService(objectStoreService, { containers });

import { defineService } from "@openstack-ts/core";
import { blockStorageService } from "./service.js";

/** Every block-storage resource, for the `conn.blockStorage` façade. */
export const blockStorage = defineService(blockStorageService, {});

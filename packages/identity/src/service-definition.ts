import { defineService, resourcesIn } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { identityService } from "./descriptor.js";
import { revokeToken, validateToken } from "./tokens/token-calls.js";

/** Every Keystone resource, for the `conn.identity` façade. */
export const identity = defineService(identityService, resourcesIn(resources), {
  revokeToken,
  validateToken,
});

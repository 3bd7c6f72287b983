import type { ServiceDescriptor } from "@openstack-ts/core";

/**
 * Masakari: the instance-HA API v1 with microversions, named `instance-ha` in the
 * `OpenStack-API-Version` header (1.0 to 1.2 on Zed; 1.3 adds VM moves).
 */
export const instanceHaService = {
  type: "instance-ha",
  version: "1",
  microversion: { name: "instance-ha" },
} as const satisfies ServiceDescriptor;

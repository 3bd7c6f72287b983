import type { ServiceDescriptor } from "@openstack-ts/core";

/** Nova: API v2.1 with microversions (and the legacy Nova header). */
export const computeService = {
  type: "compute",
  version: "2",
  microversion: { name: "compute", legacyHeader: "X-OpenStack-Nova-API-Version" },
} as const satisfies ServiceDescriptor;

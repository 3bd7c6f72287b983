import type { ServiceDescriptor } from "@openstack-ts/core";

/** Placement: API v1 with microversions. */
export const placementService = {
  type: "placement",
  version: "1",
  microversion: { name: "placement" },
} as const satisfies ServiceDescriptor;

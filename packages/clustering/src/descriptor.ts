import type { ServiceDescriptor } from "@openstack-ts/core";

/**
 * Senlin: the clustering API v1 with microversions, named `clustering` in the
 * `OpenStack-API-Version` header (1.0 to 1.14 on Zed).
 */
export const clusteringService = {
  type: "clustering",
  version: "1",
  microversion: { name: "clustering" },
} as const satisfies ServiceDescriptor;

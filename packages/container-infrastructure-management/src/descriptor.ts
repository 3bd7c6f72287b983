import type { ServiceDescriptor } from "@openstack-ts/core";

/**
 * Magnum: the container-infra API v1 with microversions, named `container-infra` in the
 * `OpenStack-API-Version` header (1.1 to 1.10 on Zed). The catalog calls the service
 * `container-infra`, an alias of `container-infrastructure-management`.
 */
export const containerInfrastructureManagementService = {
  type: "container-infrastructure-management",
  version: "1",
  microversion: { name: "container-infra" },
} as const satisfies ServiceDescriptor;

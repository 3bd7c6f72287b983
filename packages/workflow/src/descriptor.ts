import type { ServiceDescriptor } from "@openstack-ts/core";

/**
 * Mistral: the workflow API v2, no microversions. Catalogs name it `workflowv2` (as Mistral
 * registers itself) or `workflow` (the official type): either serves.
 */
export const workflowService = {
  type: "workflow",
  version: "2",
} as const satisfies ServiceDescriptor;

import type { ServiceDescriptor } from "@openstack-ts/core";

/**
 * Heat: API v1, no microversions. Its catalog endpoint carries the project
 * (`/v1/{project_id}`), and every path below is relative to it.
 */
export const orchestrationService = {
  type: "orchestration",
  version: "1",
} as const satisfies ServiceDescriptor;

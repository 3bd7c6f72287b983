import type { ServiceDescriptor } from "@openstack-ts/core";

/**
 * Trove: the database API v1.0, no microversions. The catalog's URL carries the project
 * (`…/v1.0/<project id>`), as Trove's routes want it.
 */
export const databaseService = {
  type: "database",
  version: "1",
} as const satisfies ServiceDescriptor;

import type { ServiceDescriptor } from "@openstack-ts/core";

/** Cinder: API v3 with microversions, named `volume` in the header. */
export const blockStorageService = {
  type: "block-storage",
  version: "3",
  microversion: { name: "volume" },
} as const satisfies ServiceDescriptor;

import type { ServiceDescriptor } from "@openstack-ts/core";

/** Glance: API v2, no microversions. */
export const imageService = { type: "image", version: "2" } as const satisfies ServiceDescriptor;

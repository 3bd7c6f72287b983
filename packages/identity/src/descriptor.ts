import type { ServiceDescriptor } from "@openstack-ts/core";

/** Keystone: identity API v3, no microversions (its minor versions are additive). */
export const identityService = { type: "identity", version: "3" } as const satisfies ServiceDescriptor;

import type { ServiceDescriptor } from "@openstack-ts/core";

/** Neutron: API v2.0, no microversions. */
export const networkService = { type: "network", version: "2.0" } as const satisfies ServiceDescriptor;

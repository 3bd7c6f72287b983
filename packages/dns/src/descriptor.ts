import type { ServiceDescriptor } from "@openstack-ts/core";

/** Designate: the DNS API v2, no microversions. */
export const dnsService = { type: "dns", version: "2" } as const satisfies ServiceDescriptor;

import type { ServiceDescriptor } from "@openstack-ts/core";

/**
 * Manila: the shared file systems API v2, with microversions negotiated as Nova's are
 * (min of what a resource understands and what the server offers). Manila reads its own
 * header, `X-OpenStack-Manila-API-Version`; without it every call would be answered as 2.0.
 */
export const sharedFileSystemService = {
  type: "shared-file-system",
  version: "2",
  microversion: { name: "shared-file-system", legacyHeader: "X-OpenStack-Manila-API-Version" },
} as const satisfies ServiceDescriptor;

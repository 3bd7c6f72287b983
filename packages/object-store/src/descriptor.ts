import type { ServiceDescriptor } from "@openstack-ts/core";

/** Swift: API v1; no version documents, so no discovery. */
export const objectStoreService = {
  type: "object-store",
  version: "1",
  discovery: false,
} as const satisfies ServiceDescriptor;

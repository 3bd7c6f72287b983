import type { ServiceDescriptor } from "@openstack-ts/core";

/**
 * Ironic: API v1 with microversions. Ironic reads its own header,
 * `X-OpenStack-Ironic-API-Version: 1.82`; the standard `OpenStack-API-Version: baremetal 1.82`
 * goes along and costs nothing.
 */
export const baremetalService = {
  type: "baremetal",
  version: "1",
  microversion: { name: "baremetal", legacyHeader: "X-OpenStack-Ironic-API-Version" },
} as const satisfies ServiceDescriptor;

import type { ServiceDescriptor } from "@openstack-ts/core";

/**
 * Barbican: API v1, microversions 1.0-1.1 (1.1: secret consumers) named `key-manager` in
 * `OpenStack-API-Version`. Its version documents list the range only to a client that asks
 * with a microversion, so discovery sees none: calls that need 1.1 ask for it themselves.
 */
export const keyManagerService = {
  type: "key-manager",
  version: "1",
  microversion: { name: "key-manager" },
} as const satisfies ServiceDescriptor;

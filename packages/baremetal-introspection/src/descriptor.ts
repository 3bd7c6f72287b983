import type { ServiceDescriptor } from "@openstack-ts/core";
import { sessionHeaders } from "./microversion.js";

/**
 * Ironic Inspector: API v1 with microversions in its own header,
 * `X-OpenStack-Ironic-Inspector-API-Version`, which the package negotiates once per session
 * (./microversion.ts) and sends on every call.
 */
export const baremetalIntrospectionService = {
  type: "baremetal-introspection",
  version: "1",
  sessionHeaders,
} as const satisfies ServiceDescriptor;

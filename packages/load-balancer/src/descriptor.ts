import type { ServiceDescriptor } from "@openstack-ts/core";

/** Octavia: the load-balancer API v2, without microversions (its minor versions only add fields). */
export const loadBalancerService = {
  type: "load-balancer",
  version: "2",
} as const satisfies ServiceDescriptor;

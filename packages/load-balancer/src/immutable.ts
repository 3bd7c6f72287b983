import { ConflictError } from "@openstack-ts/core";

/**
 * True for Octavia's 409 that refuses a change because the load balancer is still busy
 * with the last one (PENDING_CREATE, PENDING_UPDATE, PENDING_DELETE): "Load Balancer … is
 * immutable and cannot be updated." The SDK does not wait on its own before a change; a
 * caller that gets this waits with `waitForLoadBalancer(lb, { status: "ACTIVE" })` and sends
 * the change again. Any other 409 (a port already used, a quota) is not this one.
 */
export function isLoadBalancerImmutable(error: unknown): error is ConflictError {
  return error instanceof ConflictError && /\bis immutable\b/i.test(error.serverMessage ?? "");
}

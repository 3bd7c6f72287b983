import type { ActionSpec } from "@openstack-ts/core";
import { idFrom, type ComputeRef } from "../common.js";

/* @__NO_SIDE_EFFECTS__ */
const tenantBody = (action: string) => (args: { tenant: ComputeRef }) => ({
  [action]: { tenant: idFrom(args.tenant, "tenant") },
});

/**
 * Access to a private flavor, granted per project (`tenant`: a project id or the project).
 * Both answer `{ flavor_access }`, the projects that have access; `listFlavorAccess` lists them.
 */
export const flavorAccessActions = {
  flavorAddTenantAccess: {
    method: "POST",
    path: "flavors/{flavor}/action",
    body: tenantBody("addTenantAccess"),
    returns: "json",
  },
  flavorRemoveTenantAccess: {
    method: "POST",
    path: "flavors/{flavor}/action",
    body: tenantBody("removeTenantAccess"),
    returns: "json",
  },
} as const satisfies Readonly<Record<string, ActionSpec>>;

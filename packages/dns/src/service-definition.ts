import { createFacade, defineService, resourcesIn, type ServiceFacade, type SessionOrClient } from "@openstack-ts/core";
import * as resources from "./resources.js";
import { dnsService } from "./descriptor.js";
import { getLimits } from "./limits/limits.js";
import { scopedDns, type ProjectScope } from "./project-scope.js";
import { getZoneExportText } from "./zone-exports/export-text.js";

const functions = { getZoneExportText, getLimits };

/** Every DNS resource and call: what a project-scoped façade offers. */
export const dnsCalls = defineService(dnsService, resourcesIn(resources), functions);

/**
 * `conn.dns.withProjectScope({ allProjects: true }).listZones()`: the DNS façade again, every
 * call of it carrying Designate's project headers (see ProjectScope).
 */
function withProjectScope(target: SessionOrClient, scope: ProjectScope): ServiceFacade<typeof dnsCalls> {
  return createFacade(scopedDns(target, scope), dnsCalls);
}

/** Every DNS resource, for the `conn.dns` façade, and `withProjectScope` for Designate's project headers. */
export const dns = defineService(dnsService, dnsCalls.resources, { ...functions, withProjectScope });

import type { ServiceDescriptor } from "@openstack-ts/core";
import * as v from "valibot";

/**
 * Designate: the DNS API v2, no microversions. Every call takes Designate's project headers
 * as options: `listZones({}, { allProjects: true })` (every project's; admin),
 * `createZone(body, { sudoProjectId })` (act as that project; admin).
 */
export const dnsService = {
  type: "dns",
  version: "2",
  callHeaders: {
    allProjects: { header: "X-Auth-All-Projects", value: v.boolean() },
    sudoProjectId: {
      header: "X-Auth-Sudo-Project-ID",
      value: v.pipe(v.string(), v.nonEmpty("a project id (a non-empty string)")),
    },
  },
} as const satisfies ServiceDescriptor;

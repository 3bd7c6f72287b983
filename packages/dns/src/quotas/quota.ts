import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";

const count = v.optional(v.number());

/** A project's DNS quotas. */
export const Quota = v.looseObject({
  zones: count,
  zone_recordsets: count,
  zone_records: count,
  recordset_records: count,
  /** How many recordsets a zone may have to be exported synchronously. */
  api_export_size: count,
});

/**
 * Quotas, by project id (`getQuota(projectId)`). Another project's are an admin's, and
 * Designate reads them only with all projects in scope:
 * `conn.dns.withProjectScope({ allProjects: true }).getQuota(projectId)`. Deleting resets
 * the project to the defaults: the quota set does not go away.
 */
export const quotas = defineResource({
  service: dnsService,
  path: "quotas",
  singular: "Quota",
  plural: "Quotas",
  schema: Quota,
  verbs: ["get", "update", "delete"],
  updateMethod: "PATCH",
  deleteWait: false,
});
export type Quota = Item<typeof quotas>;

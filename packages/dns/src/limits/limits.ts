import { actionFunctions } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";

/** What the cloud allows any project: its largest zones, recordsets and pages. */
export const Limits = v.looseObject({
  max_page_limit: v.number(),
  max_recordset_name_length: v.number(),
  max_recordset_records: v.number(),
  max_zone_name_length: v.number(),
  max_zone_records: v.number(),
  max_zone_recordsets: v.number(),
  max_zones: v.number(),
  min_ttl: v.nullable(v.number()),
});
export type Limits = v.InferOutput<typeof Limits>;

/** `getLimits()`: one document, no resource to list. */
export const { getLimits } = actionFunctions(dnsService, {
  getLimits: { method: "GET", path: "limits", returns: "json", schema: Limits },
});

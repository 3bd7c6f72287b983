import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";
import { FAILED, designateSort } from "../shared.js";
import { Recordset as RecordsetSchema, recordsetQuery, recordsetReadOnly } from "./recordset-schema.js";

export const Recordset = RecordsetSchema;

/**
 * The recordsets of one zone (`zone_id`: the zone's id or the zone). A change is PENDING
 * until the zone's nameservers have it: `waitForRecordset(rs, { status: "ACTIVE" })`.
 * An update is a PUT of the fields given (Designate keeps the others); `records`, when
 * given, replaces the whole list.
 */
export const recordsets = defineResource({
  service: dnsService,
  path: "zones/{zone_id}/recordsets",
  singular: "Recordset",
  plural: "Recordsets",
  pluralKey: "recordsets",
  schema: Recordset,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: recordsetQuery,
  // `data`: recordsets holding a record with this data (`192.0.2.1`); `*` matches anything.
  filters: { ...designateSort, data: v.string() },
  required: ["name", "type", "records"],
  readOnly: recordsetReadOnly,
  createOnly: ["name", "type"],
  status: { failures: FAILED },
});
export type Recordset = Item<typeof recordsets>;

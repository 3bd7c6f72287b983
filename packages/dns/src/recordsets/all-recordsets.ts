import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";
import { designateSort } from "../shared.js";
import { Recordset, recordsetQuery } from "./recordset-schema.js";

/**
 * Recordsets across every zone the caller sees (`GET /v2/recordsets`): a list only, as the
 * API has it; one recordset is read, changed and deleted through its zone (`getRecordset`).
 */
export const allRecordsets = defineResource({
  service: dnsService,
  path: "recordsets",
  singular: "RecordsetOfAnyZone",
  plural: "AllRecordsets",
  pluralKey: "recordsets",
  schema: Recordset,
  verbs: ["list"],
  query: recordsetQuery,
  filters: { ...designateSort, data: v.string() },
});
export type RecordsetOfAnyZone = Item<typeof allRecordsets>;

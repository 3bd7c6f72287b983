import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";
import { FAILED, itemLinks, maybeString, timestamps } from "../shared.js";

/** An import of a zone file: a task that makes the zone and its recordsets. */
export const ZoneImport = v.looseObject({
  id: v.string(),
  /** PENDING, then COMPLETE (the zone exists: `zone_id`) or ERROR (`message` says why). */
  status: v.string(),
  zone_id: maybeString,
  project_id: v.optional(v.string()),
  message: maybeString,
  version: v.optional(v.number()),
  ...timestamps,
  links: itemLinks,
});

/**
 * Zone imports. `createZoneImport({ zonefile })` posts the zone file's text as `text/dns`
 * (what Designate reads) and answers the task, PENDING; wait with
 * `waitForZoneImport(task, { status: "COMPLETE" })`, then read the zone by `zone_id`.
 */
export const zoneImports = defineResource({
  service: dnsService,
  path: "zones/tasks/imports",
  singular: "ZoneImport",
  plural: "ZoneImports",
  pluralKey: "imports",
  schema: ZoneImport,
  verbs: ["list", "get", "delete", "waitFor"],
  query: ["status", "message", "zone_id"],
  status: { failures: FAILED },
  actions: {
    createZoneImport: {
      method: "POST",
      path: "zones/tasks/imports",
      rawBody: (a: { zonefile: string }) => a.zonefile,
      contentType: "text/dns",
      returns: "json",
      schema: ZoneImport,
    },
  },
});
export type ZoneImport = Item<typeof zoneImports>;

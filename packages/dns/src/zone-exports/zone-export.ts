import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";
import { FAILED, itemLinks, maybeString, timestamps } from "../shared.js";

/** An export of a zone to a zone file: a task whose result `getZoneExportText` reads. */
export const ZoneExport = v.looseObject({
  id: v.string(),
  /** PENDING, then COMPLETE or ERROR. */
  status: v.string(),
  zone_id: v.string(),
  project_id: v.optional(v.string()),
  message: maybeString,
  /** Where the text is: `designate://v2/zones/tasks/exports/<id>/export` once COMPLETE. */
  location: maybeString,
  version: v.optional(v.number()),
  ...timestamps,
  links: itemLinks,
});

/**
 * Zone exports. `createZoneExport({ zone })` starts one (the answer is PENDING); once it is
 * COMPLETE (`waitForZoneExport(task, { status: "COMPLETE" })`), `getZoneExportText(task)`
 * reads the zone file.
 */
export const zoneExports = defineResource({
  service: dnsService,
  path: "zones/tasks/exports",
  singular: "ZoneExport",
  plural: "ZoneExports",
  pluralKey: "exports",
  schema: ZoneExport,
  verbs: ["list", "get", "delete", "waitFor"],
  query: ["status", "message", "zone_id"],
  status: { failures: FAILED },
  actions: {
    createZoneExport: {
      method: "POST",
      path: "zones/{zone}/tasks/export",
      body: () => ({}),
      returns: "json",
      schema: ZoneExport,
    },
  },
});
export type ZoneExport = Item<typeof zoneExports>;

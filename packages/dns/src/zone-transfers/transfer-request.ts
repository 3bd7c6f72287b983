import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";
import { itemLinks, maybeString, timestamps } from "../shared.js";

/** An offer to give a zone to another project (or to any project holding the key). */
export const ZoneTransferRequest = v.looseObject({
  id: v.string(),
  zone_id: v.string(),
  zone_name: v.optional(v.string()),
  project_id: v.optional(v.string()),
  /** The project that may accept; null: any project that has the key. */
  target_project_id: maybeString,
  /** The secret the accepting project gives back; shown to the zone's owner only. */
  key: maybeString,
  description: maybeString,
  /** ACTIVE until accepted (COMPLETE) or deleted. */
  status: v.optional(v.string()),
  ...timestamps,
  links: itemLinks,
});

/**
 * Zone transfer requests. One is made on its zone (`createZoneTransferRequest({ zone, … })`,
 * `POST /v2/zones/{id}/tasks/transfer_requests`) and read, changed and deleted in
 * `/v2/zones/tasks/transfer_requests`. The other project accepts with
 * `createZoneTransferAccept({ key, zone_transfer_request_id })`.
 */
export const zoneTransferRequests = defineResource({
  service: dnsService,
  path: "zones/tasks/transfer_requests",
  singular: "ZoneTransferRequest",
  plural: "ZoneTransferRequests",
  pluralKey: "transfer_requests",
  schema: ZoneTransferRequest,
  verbs: ["list", "get", "update", "delete"],
  query: ["status"],
  readOnly: ["id", "zone_id", "zone_name", "project_id", "key", "status", "created_at", "updated_at", "links"],
  updateMethod: "PATCH",
  actions: {
    createZoneTransferRequest: {
      method: "POST",
      path: "zones/{zone}/tasks/transfer_requests",
      body: (a: { target_project_id?: string | null; description?: string | null }) => ({
        ...(a.target_project_id !== undefined && { target_project_id: a.target_project_id }),
        ...(a.description !== undefined && { description: a.description }),
      }),
      returns: "json",
      schema: ZoneTransferRequest,
    },
  },
});
export type ZoneTransferRequest = Item<typeof zoneTransferRequests>;

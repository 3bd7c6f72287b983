import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";
import { FAILED, itemLinks, maybeString, timestamps } from "../shared.js";

/** The acceptance of a zone transfer request: the zone moves to the accepting project. */
export const ZoneTransferAccept = v.looseObject({
  id: v.string(),
  zone_transfer_request_id: v.string(),
  /** The request's key, as the accepting project gave it; later reads answer null. */
  key: v.nullable(v.string()),
  zone_id: maybeString,
  project_id: v.optional(v.string()),
  /** COMPLETE once the zone is the accepting project's (ERROR: it is not). */
  status: v.string(),
  ...timestamps,
  links: itemLinks,
});

/** Zone transfer accepts: made by the project taking the zone, read later by it. */
export const zoneTransferAccepts = defineResource({
  service: dnsService,
  path: "zones/tasks/transfer_accepts",
  singular: "ZoneTransferAccept",
  plural: "ZoneTransferAccepts",
  pluralKey: "transfer_accepts",
  schema: ZoneTransferAccept,
  verbs: ["list", "get", "create", "waitFor"],
  query: ["status"],
  required: ["key", "zone_transfer_request_id"],
  readOnly: ["id", "zone_id", "project_id", "status", "created_at", "updated_at", "links"],
  status: { failures: FAILED },
});
export type ZoneTransferAccept = Item<typeof zoneTransferAccepts>;

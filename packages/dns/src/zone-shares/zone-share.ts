import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";
import { itemLinks, timestamps } from "../shared.js";

/** A zone shared with another project, which may then create recordsets in it. */
export const ZoneShare = v.looseObject({
  id: v.string(),
  zone_id: v.string(),
  project_id: v.optional(v.string()),
  target_project_id: v.string(),
  ...timestamps,
  links: itemLinks,
});

/** Shared zones (2023.1 and later): the shares of one zone (`zone_id`). */
export const zoneShares = defineResource({
  service: dnsService,
  path: "zones/{zone_id}/shares",
  singular: "ZoneShare",
  plural: "ZoneShares",
  pluralKey: "shared_zones",
  schema: ZoneShare,
  verbs: ["list", "get", "create", "delete"],
  query: ["target_project_id"],
  required: ["target_project_id"],
  readOnly: ["id", "zone_id", "project_id", "created_at", "updated_at", "links"],
});
export type ZoneShare = Item<typeof zoneShares>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX, maybeBoolean, maybeString, Metadata, timestamps } from "../shared.js";

/** Where a share is mounted from (2.9 and later), fields as the reference names them. */
export const ExportLocation = v.looseObject({
  id: v.string(),
  path: v.string(),
  preferred: maybeBoolean,
  /** Admin only: the instance and whether only admins may mount it. */
  share_instance_id: maybeString,
  is_admin_only: maybeBoolean,
  metadata: v.optional(Metadata),
  ...timestamps,
});

/** A share's export locations (`share_id`: the share's id or the share): listExportLocations, getExportLocation. */
export const exportLocations = defineResource({
  service: sharedFileSystemService,
  path: "shares/{share_id}/export_locations",
  singular: "ExportLocation",
  plural: "ExportLocations",
  key: "export_location",
  pluralKey: "export_locations",
  schema: ExportLocation,
  verbs: ["list", "get"],
  pagination: "none",
  maxMicroversion: MANILA_MAX,
});
export type ExportLocation = Item<typeof exportLocations>;

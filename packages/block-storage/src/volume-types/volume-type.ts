import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { listFilters, MAX_MICROVERSION, Metadata, optionalString } from "../common.js";
import { blockStorageService } from "../descriptor.js";
import { volumeTypeActions } from "./volume-type-actions.js";

/**
 * A volume type, fields as the Block Storage v3 API reference names them. `extra_specs`
 * and `qos_specs_id` appear only where policy lets the caller see them.
 */
export const VolumeType = v.looseObject({
  id: v.string(),
  name: v.string(),
  description: optionalString,
  is_public: v.boolean(),
  // The same flag under its extension name: what create takes, what show also answers.
  "os-volume-type-access:is_public": v.optional(v.boolean()),
  extra_specs: v.optional(v.nullable(Metadata)),
  qos_specs_id: optionalString,
});

/**
 * Volume types (`/types`), with the façade names openstacksdk uses: listTypes, getType,
 * createType, … A create says public or private with `os-volume-type-access:is_public`;
 * an update with `is_public`. Extra specs are set at create time or with the extra-spec
 * actions, not by update.
 */
export const volumeTypes = defineResource({
  service: blockStorageService,
  path: "types",
  singular: "Type",
  plural: "Types",
  key: "volume_type",
  pluralKey: "volume_types",
  // Cinder names the next-page links of this list in the singular.
  linksKey: "volume_type_links",
  schema: VolumeType,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["is_public", "extra_specs"],
  filters: listFilters,
  required: ["name"],
  readOnly: ["id", "qos_specs_id"],
  createOnly: ["extra_specs", "os-volume-type-access:is_public"],
  maxMicroversion: MAX_MICROVERSION,
  actions: volumeTypeActions,
});

/** A volume type as the API returns it (its declared fields; extra fields pass through at run time). */
export type VolumeType = Item<typeof volumeTypes>;

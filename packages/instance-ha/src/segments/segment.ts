import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { instanceHaService } from "../descriptor.js";
import { MARKER_FIELD, MAX_MICROVERSION, masakariSort, maybeString, recordFields, recordReadOnly } from "../shared.js";

/**
 * What Masakari does when a host of the segment fails: `auto` (evacuate anywhere),
 * `reserved_host` (to the segment's reserved hosts), or one first and the other if it fails.
 */
export const RecoveryMethod = v.picklist(["auto", "reserved_host", "auto_priority", "rh_priority"]);

/** A failover segment: hosts that fail over to one another, fields as the API names them. */
export const Segment = v.looseObject({
  /** What its URL takes; `id` is the database's integer. */
  uuid: v.string(),
  id: v.optional(v.number()),
  name: v.string(),
  description: maybeString,
  recovery_method: RecoveryMethod,
  /** The service its hosts run (`COMPUTE`). */
  service_type: v.string(),
  /** 1.2 and later: false makes Masakari ignore the segment's notifications. */
  enabled: v.optional(v.boolean()),
  ...recordFields,
});

/**
 * Failover segments. An update is a PUT of the fields given. While a notification of one of
 * its hosts is being recovered, the segment cannot be changed or deleted (409).
 */
export const segments = defineResource({
  service: instanceHaService,
  path: "segments",
  singular: "Segment",
  plural: "Segments",
  key: "segment",
  pluralKey: "segments",
  schema: Segment,
  idField: "uuid",
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["recovery_method", "service_type", "enabled"],
  filters: masakariSort,
  required: ["name", "recovery_method", "service_type"],
  readOnly: ["uuid", ...recordReadOnly],
  microversionBounds: { enabled: { addedIn: "1.2" } },
  pagination: "marker",
  markerField: MARKER_FIELD,
  maxMicroversion: MAX_MICROVERSION,
});
export type Segment = Item<typeof segments>;

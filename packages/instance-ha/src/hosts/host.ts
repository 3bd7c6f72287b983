import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { instanceHaService } from "../descriptor.js";
import { Segment } from "../segments/segment.js";
import { MARKER_FIELD, MAX_MICROVERSION, masakariSort, recordFields, recordReadOnly } from "../shared.js";

/** A host of a failover segment. Its name is a compute service's host in Nova (the API checks). */
export const Host = v.looseObject({
  uuid: v.string(),
  id: v.optional(v.number()),
  name: v.string(),
  /** The kind of host (`COMPUTE`, or what the operator's monitors report). */
  type: v.string(),
  /** How the host is reached for recovery (`SSH`): a free-form string. */
  control_attributes: v.string(),
  /** A spare that a `reserved_host` recovery evacuates to. */
  reserved: v.optional(v.boolean()),
  /** Set by Masakari when the host failed; its notifications are then refused until cleared. */
  on_maintenance: v.optional(v.boolean()),
  failover_segment_id: v.string(),
  /** The segment, as the API embeds it in each host. */
  failover_segment: v.optional(Segment),
  ...recordFields,
});

/**
 * The hosts of a segment (`failover_segment_id`: the segment's uuid, a string: a segment
 * object also carries the integer `id`, which the URL must not take). A host's calls take its
 * segment from the host itself: `getHost(host)`.
 */
export const hosts = defineResource({
  service: instanceHaService,
  path: "segments/{failover_segment_id}/hosts",
  singular: "Host",
  plural: "Hosts",
  key: "host",
  pluralKey: "hosts",
  schema: Host,
  idField: "uuid",
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["type", "on_maintenance", "reserved"],
  filters: masakariSort,
  required: ["name", "type", "control_attributes"],
  readOnly: ["uuid", "failover_segment_id", "failover_segment", ...recordReadOnly],
  pagination: "marker",
  markerField: MARKER_FIELD,
  maxMicroversion: MAX_MICROVERSION,
});
export type Host = Item<typeof hosts>;

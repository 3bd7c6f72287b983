import { defineResource, type ActionSpec, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { links, listFilters, MAX_MICROVERSION, Metadata } from "../common.js";
import { blockStorageService } from "../descriptor.js";

/** A QoS specification, fields as the Block Storage v3 API reference names them. */
export const QosSpec = v.looseObject({
  id: v.string(),
  name: v.string(),
  /** Where the limits apply: `front-end` (the hypervisor), `back-end` (the storage) or `both`. */
  consumer: v.optional(v.picklist(["front-end", "back-end", "both"])),
  specs: v.optional(Metadata),
  links,
});

const item = "qos-specs/{qos_spec}";

const actions = {
  /** Adds or changes keys (PUT answers only the keys it set: `{ qos_specs: { … } }`). */
  updateQosSpec: {
    method: "PUT",
    path: item,
    body: (a: { specs: Record<string, string> }) => ({ qos_specs: a.specs }),
    returns: "json",
  },
  /** Removes the named keys. */
  deleteQosSpecMetadata: {
    method: "PUT",
    path: `${item}/delete_keys`,
    body: (a: { keys: readonly string[] }) => ({ keys: a.keys }),
  },
  /** Deletes even while types use it, disassociating them first. */
  forceDeleteQosSpec: { method: "DELETE", path: `${item}?force=true` },
  // Cinder made these GETs with the type in the query string.
  associateQosSpec: { method: "GET", path: `${item}/associate?vol_type_id={volume_type}` },
  disassociateQosSpec: { method: "GET", path: `${item}/disassociate?vol_type_id={volume_type}` },
  disassociateAllQosSpec: { method: "GET", path: `${item}/disassociate_all` },
} as const satisfies Record<string, ActionSpec>;

/**
 * QoS specs (`/qos-specs`, admin only). The limits themselves are keys beside `name` and
 * `consumer` on create (Cinder answers them under `specs`); on an existing spec they change
 * with updateQosSpec and deleteQosSpecMetadata, which is why there is no generic update.
 */
export const qosSpecs = defineResource({
  service: blockStorageService,
  path: "qos-specs",
  singular: "QosSpec",
  plural: "QosSpecs",
  key: "qos_specs",
  pluralKey: "qos_specs",
  schema: QosSpec,
  verbs: ["list", "get", "find", "create", "delete"],
  // Cinder accepts `name` and `consumer` filters but matches them against columns its QoS
  // table does not have, so they always give an empty list; find lists all and picks by name.
  query: ["id"],
  filters: listFilters,
  required: ["name"],
  readOnly: ["id", "links", "specs"],
  // `deleteQosSpec(id, { force: true })`, as forceDeleteQosSpec.
  deleteQuery: { force: v.boolean() },
  maxMicroversion: MAX_MICROVERSION,
  actions,
});

/** A QoS spec as the API returns it (its declared fields; extra fields pass through at run time). */
export type QosSpec = Item<typeof qosSpecs>;

/** A volume type a QoS spec applies to. */
export const QosSpecAssociation = v.looseObject({
  id: v.string(),
  name: v.string(),
  association_type: v.string(),
});

/** The volume types a QoS spec is associated with: `listQosSpecAssociations({ qos_spec })`. */
export const qosSpecAssociations = defineResource({
  service: blockStorageService,
  path: "qos-specs/{qos_spec}/associations",
  singular: "QosSpecAssociation",
  plural: "QosSpecAssociations",
  pluralKey: "qos_associations",
  schema: QosSpecAssociation,
  verbs: ["list"],
  pagination: "none",
  maxMicroversion: MAX_MICROVERSION,
});

/** A QoS spec association as the API returns it. */
export type QosSpecAssociation = Item<typeof qosSpecAssociations>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";
import { FAILED, designateSort, itemLinks, maybeString, nullableString, timestamps } from "../shared.js";

/** A zone's primary, for a SECONDARY zone: an `address:port` Designate pulls the zone from. */
const master = v.string();

/** A DNS zone, fields as the Designate v2 reference names them. */
export const Zone = v.looseObject({
  id: v.string(),
  pool_id: v.optional(v.string()),
  project_id: v.optional(v.string()),
  name: v.string(),
  /** The zone's SOA contact; Designate sets one for SECONDARY zones. */
  email: v.optional(nullableString),
  ttl: v.optional(v.nullable(v.number())),
  serial: v.optional(v.number()),
  /** ACTIVE, PENDING or ERROR (and DELETED, ZOMBIE on the way out). */
  status: v.string(),
  /** What the PENDING state is doing: CREATE, UPDATE, DELETE, NONE. */
  action: v.optional(v.string()),
  description: maybeString,
  masters: v.optional(v.array(master)),
  type: v.optional(v.picklist(["PRIMARY", "SECONDARY"])),
  transferred_at: maybeString,
  version: v.optional(v.number()),
  /** Pool scheduler hints given at create (`{"tier": "gold"}`): strings by name. */
  attributes: v.optional(v.nullable(v.record(v.string(), v.string()))),
  /** 2023.1 and later: whether the zone is shared with other projects. */
  shared: v.optional(v.boolean()),
  ...timestamps,
  links: itemLinks,
});

const ZoneNameservers = v.looseObject({
  nameservers: v.array(v.looseObject({ hostname: v.string(), priority: v.number() })),
});

/**
 * Zones. Every change (create, update, delete) is done later by Designate's worker: the answer
 * is the zone PENDING, and `waitForZone(zone, { status: "ACTIVE" })` waits for the pool's
 * nameservers to serve it (ERROR is a failure). A delete answers 202 and the zone is gone
 * once its nameservers dropped it: `waitForDeleteZone`.
 */
export const zones = defineResource({
  service: dnsService,
  path: "zones",
  singular: "Zone",
  plural: "Zones",
  pluralKey: "zones",
  schema: Zone,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: ["name", "email", "ttl", "status", "description", "type"],
  filters: designateSort,
  required: ["name"],
  readOnly: [
    "id",
    "pool_id",
    "project_id",
    "serial",
    "status",
    "action",
    "transferred_at",
    "version",
    "shared",
    "created_at",
    "updated_at",
    "links",
  ],
  createOnly: ["name", "type", "masters", "attributes"],
  updateMethod: "PATCH",
  status: { failures: FAILED },
  actions: {
    /** Forgets the zone in Designate, leaving it on the nameservers (admin). */
    abandonZone: { method: "POST", path: "zones/{zone}/tasks/abandon" },
    /** Makes a SECONDARY zone pull from its masters now, not at the next refresh. */
    xfrZone: { method: "POST", path: "zones/{zone}/tasks/xfr" },
    /** The nameservers that serve the zone (its pool's NS records). */
    getZoneNameservers: {
      method: "GET",
      path: "zones/{zone}/nameservers",
      returns: "json",
      resultKey: "nameservers",
      schema: ZoneNameservers.entries.nameservers,
    },
    /** Moves the zone to another pool (admin; 2023.1 and later): the target pool, or the scheduler's choice. */
    moveZonePool: {
      method: "POST",
      path: "zones/{zone}/tasks/pool_move",
      body: (a: { pool_id?: string }) => (a.pool_id === undefined ? {} : { pool_id: a.pool_id }),
    },
  },
});
export type Zone = Item<typeof zones>;

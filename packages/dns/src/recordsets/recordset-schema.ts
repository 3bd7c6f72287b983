import * as v from "valibot";
import { itemLinks, maybeString, timestamps } from "../shared.js";

/**
 * A recordset: every record of one name and type in a zone (`www.example.org.` A
 * `["192.0.2.1", "192.0.2.2"]`), fields as the Designate v2 reference names them.
 */
export const Recordset = v.looseObject({
  id: v.string(),
  zone_id: v.string(),
  zone_name: v.optional(v.string()),
  project_id: v.optional(v.string()),
  /** The full name, ending in the zone's (`www.example.org.`). */
  name: v.string(),
  /** A, AAAA, CNAME, MX, NS, PTR, SOA, SPF, SRV, SSHFP, TXT, CAA, NAPTR, CERT. */
  type: v.string(),
  /** Null: the zone's TTL applies. */
  ttl: v.optional(v.nullable(v.number())),
  /** Each record's data, in zone-file syntax (`10 mail.example.org.` for MX). */
  records: v.array(v.string()),
  status: v.string(),
  action: v.optional(v.string()),
  description: maybeString,
  version: v.optional(v.number()),
  ...timestamps,
  links: itemLinks,
});

/**
 * The fields a recordset list filters by, in a zone or across zones. Not `zone_id`: the
 * reference does not document it as a filter, and Designate 15 (Zed) answers 500 to it.
 */
export const recordsetQuery = ["name", "type", "ttl", "status", "description"] as const;

/** Fields only Designate sets. */
export const recordsetReadOnly = [
  "id",
  "zone_id",
  "zone_name",
  "project_id",
  "status",
  "action",
  "version",
  "created_at",
  "updated_at",
  "links",
] as const;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";
import { itemLinks, maybeString, timestamps } from "../shared.js";

/** A pool of nameservers zones are scheduled to; its NS records are the zones' NS records. */
export const Pool = v.looseObject({
  id: v.string(),
  name: v.string(),
  description: maybeString,
  project_id: maybeString,
  attributes: v.optional(v.nullable(v.record(v.string(), v.string()))),
  ns_records: v.array(v.looseObject({ hostname: v.string(), priority: v.number() })),
  ...timestamps,
  links: itemLinks,
});

/** Pools (admin): read here; they are written with `designate-manage pool update`. */
export const pools = defineResource({
  service: dnsService,
  path: "pools",
  singular: "Pool",
  plural: "Pools",
  pluralKey: "pools",
  schema: Pool,
  verbs: ["list", "get", "find"],
  query: ["name"],
});
export type Pool = Item<typeof pools>;

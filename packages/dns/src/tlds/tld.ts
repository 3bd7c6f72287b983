import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";
import { designateSort, itemLinks, maybeString, timestamps } from "../shared.js";

/** A top-level domain zones may be made under; with none, any is allowed. */
export const Tld = v.looseObject({
  id: v.string(),
  name: v.string(),
  description: maybeString,
  ...timestamps,
  links: itemLinks,
});

/** TLDs (admin to change). */
export const tlds = defineResource({
  service: dnsService,
  path: "tlds",
  singular: "Tld",
  plural: "Tlds",
  pluralKey: "tlds",
  schema: Tld,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name", "description"],
  filters: designateSort,
  required: ["name"],
  readOnly: ["id", "created_at", "updated_at", "links"],
  updateMethod: "PATCH",
});
export type Tld = Item<typeof tlds>;

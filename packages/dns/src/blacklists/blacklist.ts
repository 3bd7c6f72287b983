import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";
import { designateSort, itemLinks, maybeString, timestamps } from "../shared.js";

/** A regular expression of zone names no project but an admin may create. */
export const Blacklist = v.looseObject({
  id: v.string(),
  pattern: v.string(),
  description: maybeString,
  ...timestamps,
  links: itemLinks,
});

/** Blacklists (admin). `findBlacklist` matches the pattern. */
export const blacklists = defineResource({
  service: dnsService,
  path: "blacklists",
  singular: "Blacklist",
  plural: "Blacklists",
  pluralKey: "blacklists",
  nameField: "pattern",
  schema: Blacklist,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["pattern", "description"],
  filters: designateSort,
  required: ["pattern"],
  readOnly: ["id", "created_at", "updated_at", "links"],
  updateMethod: "PATCH",
});
export type Blacklist = Item<typeof blacklists>;

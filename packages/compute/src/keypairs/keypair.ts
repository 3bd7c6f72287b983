import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { nullableString, optionalString } from "../common.js";
import { computeService } from "../descriptor.js";

/** An SSH (or x509) key pair, named by its name. */
export const Keypair = v.looseObject({
  name: v.string(),
  public_key: v.string(),
  fingerprint: v.string(),
  type: v.optional(v.picklist(["ssh", "x509"])), // 2.2
  user_id: optionalString, // in GET and create answers; settable by admins from 2.10
  // Only in the answer to a create without public_key: the one time Nova hands it out.
  private_key: optionalString,
  id: v.optional(v.number()),
  created_at: optionalString,
  updated_at: nullableString,
  deleted: v.optional(v.boolean()),
  deleted_at: nullableString,
});

/**
 * Key pairs of the current user (admins: of `user_id`). Creating one without `public_key`
 * makes Nova generate it and answer the private key once; that is why the highest
 * microversion asked is 2.91, the last before Nova stopped generating keys (2.92).
 * Lists wrap each item in its own `keypair` envelope and page by name from 2.35. An admin
 * names another user's key pairs with `user_id` (2.10) when listing, getting, creating
 * (the field) or deleting (`deleteKeypair(name, { user_id })`).
 */
export const keypairs = defineResource({
  service: computeService,
  path: "os-keypairs",
  singular: "Keypair",
  plural: "Keypairs",
  key: "keypair",
  pluralKey: "keypairs",
  listItemKey: "keypair",
  idField: "name",
  markerField: "name",
  schema: Keypair,
  verbs: ["list", "get", "find", "create", "delete"],
  query: ["user_id"],
  getQuery: { user_id: v.string() }, // 2.10, admin
  deleteQuery: { user_id: v.string() }, // 2.10, admin
  // Below 2.10 Nova ignores it: an admin would act on their own key pair of that name.
  microversionBounds: { user_id: { addedIn: "2.10" } },
  required: ["name"],
  readOnly: ["fingerprint", "private_key", "id", "created_at", "updated_at", "deleted", "deleted_at"],
  maxMicroversion: "2.91",
});

/** A Keypair as the API returns it (its declared fields; extra fields pass through at run time). */
export type Keypair = Item<typeof keypairs>;

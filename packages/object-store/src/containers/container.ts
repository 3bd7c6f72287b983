import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { objectStoreService } from "../descriptor.js";

/** A container as the account listing (`GET /v1/{account}?format=json`) gives it. */
export const Container = v.looseObject({
  name: v.string(),
  /** Objects in the container. */
  count: v.number(),
  bytes: v.number(),
  // Listings carry it since Swift 2.19.
  last_modified: v.optional(v.string()),
});

/**
 * Containers of the account, listed as a bare JSON array paged by `marker` (the last name).
 * Only listing is declared: a container's details are headers (`HEAD`), and creating or
 * changing one is a `PUT`/`POST` of headers, which the functions beside this file do.
 * `delimiter` is not offered: its `subdir` entries have no `name` to page by.
 */
export const containers = defineResource({
  service: objectStoreService,
  path: "",
  // `format=json` rides on the list path so every page (marker added) keeps it.
  listPath: "?format=json",
  singular: "Container",
  plural: "Containers",
  idField: "name",
  schema: Container,
  verbs: ["list"],
  filters: { prefix: v.string(), end_marker: v.string(), reverse: v.boolean(), marker: v.string() },
  pagination: "marker",
  markerField: "name",
});

/** A Container as the listing returns it. */
export type Container = Item<typeof containers>;

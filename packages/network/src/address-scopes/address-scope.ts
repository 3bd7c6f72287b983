import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import { fieldSelection, ownership, sortFilters } from "../standard-attributes.js";

/**
 * A Neutron address scope: subnet pools in one scope hold addresses that never overlap, so
 * routers route between them without NAT. Address scopes have no standard attributes (no
 * description, tags or timestamps).
 */
export const AddressScope = v.looseObject({
  ...ownership,
  id: v.string(),
  name: v.string(),
  ip_version: v.picklist([4, 6]),
  shared: v.boolean(),
});

export const addressScopes = defineResource({
  service: networkService,
  path: "address-scopes",
  singular: "AddressScope",
  plural: "AddressScopes",
  key: "address_scope",
  pluralKey: "address_scopes",
  schema: AddressScope,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  getQuery: fieldSelection,
  query: ["id", "name", "project_id", "tenant_id", "ip_version", "shared"],
  filters: sortFilters,
  required: ["ip_version"],
  readOnly: ["id", "tenant_id"],
  createOnly: ["ip_version", "project_id"],
});

/** An AddressScope as the API returns it (its declared fields; extra fields pass through at run time). */
export type AddressScope = Item<typeof addressScopes>;

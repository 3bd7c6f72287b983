import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import {
  fieldSelection,
  optionalString,
  sortFilters,
  standardAttributes,
  standardFilters,
  standardReadOnly,
  tagFilters,
} from "../standard-attributes.js";

// Neutron (Zed at least) answers prefix lengths as strings ("24"); a create may send numbers.
const prefixLength = v.optional(v.union([v.number(), v.string()]));

/**
 * A Neutron subnet pool: prefixes that subnets take their CIDRs from (`createSubnet({
 * subnetpool_id, prefixlen })`), optionally inside an address scope.
 */
export const SubnetPool = v.looseObject({
  ...standardAttributes,
  id: v.string(),
  name: v.string(),
  prefixes: v.array(v.string()),
  // Derived from the prefixes.
  ip_version: v.picklist([4, 6]),
  default_prefixlen: prefixLength,
  min_prefixlen: prefixLength,
  max_prefixlen: prefixLength,
  // Addresses a project may take from the pool; null for no limit.
  default_quota: v.optional(v.nullable(v.number())),
  address_scope_id: optionalString,
  // The pool subnets use when they ask for `use_default_subnetpool`.
  is_default: v.optional(v.boolean()),
  shared: v.optional(v.boolean()),
});

const prefixesBody = (args: { prefixes: readonly string[] }) => ({ prefixes: args.prefixes });

export const subnetPools = defineResource({
  service: networkService,
  path: "subnetpools",
  singular: "SubnetPool",
  plural: "SubnetPools",
  key: "subnetpool",
  pluralKey: "subnetpools",
  schema: SubnetPool,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  getQuery: fieldSelection,
  query: [
    ...standardFilters,
    "address_scope_id",
    "ip_version",
    "default_prefixlen",
    "min_prefixlen",
    "max_prefixlen",
    "default_quota",
    "is_default",
    "shared",
  ],
  filters: { ...sortFilters, ...tagFilters },
  required: ["name", "prefixes"],
  readOnly: ["id", ...standardReadOnly, "ip_version"],
  createOnly: ["shared", "project_id"],
  actions: {
    /** Adds prefixes (merged with the pool's); answers `{ prefixes }`, the pool's prefixes after. */
    addPrefixesToSubnetPool: {
      method: "PUT",
      path: "subnetpools/{subnetpool}/add_prefixes",
      body: prefixesBody,
      returns: "json",
    },
    /** Removes prefixes no subnet uses; answers `{ prefixes }`, the pool's prefixes after. */
    removePrefixesFromSubnetPool: {
      method: "PUT",
      path: "subnetpools/{subnetpool}/remove_prefixes",
      body: prefixesBody,
      returns: "json",
    },
  },
});

/** A SubnetPool as the API returns it (its declared fields; extra fields pass through at run time). */
export type SubnetPool = Item<typeof subnetPools>;

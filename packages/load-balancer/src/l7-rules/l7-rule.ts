import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { loadBalancerService } from "../descriptor.js";
import {
  fieldSelection,
  octaviaSort,
  optionalString,
  provisioning,
  sortFilters,
  tagFilters,
  treeFields,
  treeQuery,
  treeReadOnly,
} from "../shared.js";

/** One condition of an L7 policy: a request's `type` (PATH, HOST_NAME, HEADER, COOKIE, …) compared to `value`. */
export const L7Rule = v.looseObject({
  ...treeFields,
  name: v.optional(v.nullable(v.string())),
  type: v.string(),
  compare_type: v.string(),
  value: v.string(),
  key: optionalString,
  invert: v.optional(v.boolean()),
});

/** The rules of one L7 policy: every call names it, `listL7Rules({ l7policy_id })`. */
export const l7Rules = defineResource({
  service: loadBalancerService,
  path: "lbaas/l7policies/{l7policy_id}/rules",
  singular: "L7Rule",
  plural: "L7Rules",
  key: "rule",
  pluralKey: "rules",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  schema: L7Rule,
  verbs: ["list", "get", "create", "update", "delete", "waitFor"],
  status: provisioning,
  getQuery: fieldSelection,
  query: [
    ...treeQuery.filter((f) => f !== "name" && f !== "description"),
    "type",
    "compare_type",
    "value",
    "key",
    "invert",
  ],
  filters: { ...sortFilters, ...octaviaSort, ...tagFilters },
  required: ["type", "compare_type", "value"],
  readOnly: [...treeReadOnly],
  createOnly: ["project_id"],
});

export type L7Rule = Item<typeof l7Rules>;

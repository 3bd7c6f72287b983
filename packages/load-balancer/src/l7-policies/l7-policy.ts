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

/** An L7 policy of a listener: when its rules all match, redirect or reject (REDIRECT_TO_POOL, REDIRECT_TO_URL, REDIRECT_PREFIX, REJECT). */
export const L7Policy = v.looseObject({
  ...treeFields,
  listener_id: v.string(),
  action: v.string(),
  position: v.optional(v.number()),
  redirect_pool_id: optionalString,
  redirect_url: optionalString,
  redirect_prefix: optionalString,
  redirect_http_code: v.optional(v.nullable(v.number())),
  // ids in an answer; the rules to make with the policy, on a create.
  rules: v.optional(v.array(v.looseObject({}))),
});

/** L7 policies (Octavia's `l7policies`); their rules are `l7Rules`. */
export const l7Policies = defineResource({
  service: loadBalancerService,
  path: "lbaas/l7policies",
  singular: "L7Policy",
  plural: "L7Policies",
  key: "l7policy",
  pluralKey: "l7policies",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  schema: L7Policy,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  status: provisioning,
  getQuery: fieldSelection,
  query: [...treeQuery, "listener_id", "action", "position", "redirect_pool_id", "redirect_url", "redirect_prefix"],
  filters: { ...sortFilters, ...octaviaSort, ...tagFilters },
  required: ["listener_id", "action"],
  readOnly: [...treeReadOnly],
  createOnly: ["project_id", "listener_id", "rules"],
});

export type L7Policy = Item<typeof l7Policies>;

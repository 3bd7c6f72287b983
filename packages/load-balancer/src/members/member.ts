import { defineResource, type ActionSpec, type Item, type Ref } from "@openstack-ts/core";
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

/** A pool member: one backend address and port (on `subnet_id`, where the amphora must reach it). */
export const Member = v.looseObject({
  ...treeFields,
  address: v.string(),
  protocol_port: v.number(),
  weight: v.optional(v.nullable(v.number())),
  backup: v.optional(v.boolean()),
  subnet_id: optionalString,
  monitor_address: optionalString,
  monitor_port: v.optional(v.nullable(v.number())),
  vnic_type: optionalString,
});

/** One member as the batch update takes it: the fields of a create. */
export type MemberInput = { address: string; protocol_port: number } & Record<string, unknown>;

const actions = {
  /**
   * Sets the pool's whole member list in one call (`PUT …/members`): members not listed are
   * removed, unless `additive_only` (API 2.11+); members listed by address and port are
   * updated or made. Octavia answers 202; the pool's load balancer goes PENDING_UPDATE.
   */
  batchUpdateMembers: {
    method: "PUT",
    path: "lbaas/pools/{pool_id}/members",
    body: (a: { pool_id: Ref; members: readonly MemberInput[]; additive_only?: boolean }) => ({ members: a.members }),
    query: (a: { additive_only?: boolean }) => ({ additive_only: a.additive_only }),
    idempotent: false,
  },
} as const satisfies Record<string, ActionSpec>;

/** The members of one pool: every call names the pool, `listMembers({ pool_id })`, `getMember(id, { pool_id })`. */
export const members = defineResource({
  service: loadBalancerService,
  path: "lbaas/pools/{pool_id}/members",
  singular: "Member",
  plural: "Members",
  key: "member",
  pluralKey: "members",
  // Octavia's next links carry only limit, sort and marker, not the list's filters.
  nextLinksDropFilters: true,
  schema: Member,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  status: provisioning,
  getQuery: fieldSelection,
  query: [...treeQuery, "address", "protocol_port", "weight", "backup", "subnet_id", "monitor_address", "monitor_port"],
  filters: { ...sortFilters, ...octaviaSort, ...tagFilters },
  required: ["address", "protocol_port"],
  readOnly: [...treeReadOnly],
  createOnly: ["project_id", "address", "protocol_port", "subnet_id"],
  actions,
});

export type Member = Item<typeof members>;

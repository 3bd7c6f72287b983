import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { baremetalService } from "../descriptor.js";
import {
  IRONIC_MAX,
  JSON_PATCH,
  patchAction,
  ironicSort,
  jsonObject,
  links,
  maybeString,
  timestamps,
} from "../shared.js";

/** An allocation: a request for a node of a resource class (and traits), which Ironic picks (1.52). */
export const Allocation = v.looseObject({
  uuid: v.string(),
  name: maybeString,
  resource_class: maybeString,
  traits: v.optional(v.nullable(v.array(v.string()))),
  candidate_nodes: v.optional(v.nullable(v.array(v.string()))),
  /** The node picked, once `active`. */
  node_uuid: maybeString,
  /** `allocating`, then `active` or `error` (with `last_error`). */
  state: v.string(),
  last_error: maybeString,
  owner: maybeString,
  extra: v.optional(v.nullable(jsonObject)),
  ...timestamps,
  links,
});

/**
 * Allocations (1.52). Created `allocating`; the conductor picks an available node and the
 * allocation goes `active` (or `error`): `waitForAllocation(a, { status: "active" })`.
 * Only `name` and `extra` can change afterwards (1.57).
 */
export const allocations = defineResource({
  service: baremetalService,
  path: "allocations",
  singular: "Allocation",
  plural: "Allocations",
  pluralKey: "allocations",
  idField: "uuid",
  markerField: "uuid",
  schema: Allocation,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  query: ["node_uuid", "resource_class", "state", "owner"],
  filters: { ...ironicSort, node: v.string(), limit: v.number() },
  readOnly: ["uuid", "state", "last_error", "created_at", "updated_at", "links"],
  createOnly: ["resource_class", "traits", "candidate_nodes", "node_uuid", "owner"],
  jsonPatch: JSON_PATCH,
  maxMicroversion: IRONIC_MAX,
  status: { field: "state", failures: ["error"] },
  actions: { patchAllocation: patchAction("allocations/{allocation}", "uuid", Allocation) },
});
export type Allocation = Item<typeof allocations>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import {
  fieldSelection,
  sortFilters,
  standardAttributes,
  standardFilters,
  standardReadOnly,
  tagFilters,
} from "../standard-attributes.js";

/**
 * A port carried by a trunk, told apart by its VLAN (or `inherit`: the segmentation of the
 * subport's own network). Removing a subport needs only its `port_id`.
 */
export const SubPort = v.looseObject({
  port_id: v.string(),
  segmentation_type: v.optional(v.string()),
  segmentation_id: v.optional(v.number()),
});

/**
 * A Neutron trunk (trunk extension): a parent port that carries the traffic of subports,
 * each on its own VLAN, so one VM interface reaches several networks.
 */
export const Trunk = v.looseObject({
  ...standardAttributes,
  id: v.string(),
  name: v.string(),
  port_id: v.string(),
  admin_state_up: v.boolean(),
  // ACTIVE, DOWN, BUILD, DEGRADED or ERROR.
  status: v.string(),
  sub_ports: v.array(SubPort),
});

const subportsBody = (args: { sub_ports: readonly v.InferInput<typeof SubPort>[] }) => ({ sub_ports: args.sub_ports });

export const trunks = defineResource({
  service: networkService,
  path: "trunks",
  singular: "Trunk",
  plural: "Trunks",
  key: "trunk",
  pluralKey: "trunks",
  schema: Trunk,
  verbs: ["list", "get", "find", "create", "update", "delete", "waitFor"],
  getQuery: fieldSelection,
  query: [...standardFilters, "port_id", "admin_state_up", "status"],
  filters: { ...sortFilters, ...tagFilters },
  required: ["port_id"],
  readOnly: ["id", ...standardReadOnly, "status"],
  // Subports change through the actions below, not through an update.
  createOnly: ["port_id", "sub_ports", "project_id"],
  // DEGRADED: some subports could not be bound.
  status: { failures: ["ERROR", "DEGRADED"] },
  actions: {
    /** PUT trunks/{id}/add_subports; answers the trunk (unwrapped: no `trunk` envelope). */
    // Adding a port that is already a subport fails: never resent.
    addTrunkSubports: {
      method: "PUT",
      path: "trunks/{trunk}/add_subports",
      body: subportsBody,
      returns: "json",
      idempotent: false,
    },
    /** PUT trunks/{id}/remove_subports (openstacksdk's delete_trunk_subports); answers the trunk. */
    deleteTrunkSubports: {
      method: "PUT",
      path: "trunks/{trunk}/remove_subports",
      idempotent: false,
      body: (args: { sub_ports: readonly ({ port_id: string } | { id: string })[] }) => ({
        sub_ports: args.sub_ports.map((sub) => ({ port_id: "port_id" in sub ? sub.port_id : sub.id })),
      }),
      returns: "json",
    },
    /** GET trunks/{id}/get_subports: `{ sub_ports }`. */
    getTrunkSubports: { method: "GET", path: "trunks/{trunk}/get_subports", returns: "json" },
  },
});

/** A Trunk as the API returns it (its declared fields; extra fields pass through at run time). */
export type Trunk = Item<typeof trunks>;
export type SubPort = v.InferOutput<typeof SubPort>;

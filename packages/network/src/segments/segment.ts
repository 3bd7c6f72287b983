import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { networkService } from "../descriptor.js";
import {
  fieldSelection,
  sortFilters,
  standardAttributes,
  standardReadOnly,
  unnamedFilters,
} from "../standard-attributes.js";

/**
 * A segment of a network (segments extension): one layer-2 domain (flat, VLAN, VXLAN, …)
 * of a routed provider network, to which subnets may be bound with `segment_id`.
 */
export const Segment = v.looseObject({
  ...standardAttributes,
  id: v.string(),
  // Null unless given: segments are often unnamed.
  name: v.nullable(v.string()),
  network_id: v.string(),
  network_type: v.string(),
  physical_network: v.nullable(v.string()),
  segmentation_id: v.nullable(v.number()),
});

export const segments = defineResource({
  service: networkService,
  path: "segments",
  singular: "Segment",
  plural: "Segments",
  key: "segment",
  pluralKey: "segments",
  schema: Segment,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  getQuery: fieldSelection,
  // Segments are not taggable: no tag filters.
  query: [...unnamedFilters, "name", "network_id", "network_type", "physical_network", "segmentation_id"],
  filters: sortFilters,
  required: ["network_id", "network_type"],
  readOnly: ["id", ...standardReadOnly, "tags"],
  createOnly: ["network_id", "network_type", "physical_network", "segmentation_id", "project_id"],
});

/** A Segment as the API returns it (its declared fields; extra fields pass through at run time). */
export type Segment = Item<typeof segments>;

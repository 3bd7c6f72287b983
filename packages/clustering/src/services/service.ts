import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { clusteringService } from "../descriptor.js";
import { MAX_MICROVERSION, maybeString } from "../shared.js";

/** One of Senlin's processes (senlin-engine, senlin-conductor, …) on a host. */
export const Service = v.looseObject({
  id: v.string(),
  binary: v.string(),
  host: v.string(),
  topic: maybeString,
  /** enabled or disabled. */
  status: v.string(),
  /** up or down: whether it reported in recently. */
  state: v.string(),
  disabled_reason: maybeString,
  updated_at: maybeString,
});

/** Senlin's services (1.7; admin). */
export const services = defineResource({
  service: clusteringService,
  path: "services",
  singular: "Service",
  plural: "Services",
  key: "service",
  pluralKey: "services",
  schema: Service,
  verbs: ["list"],
  pagination: "none",
  maxMicroversion: MAX_MICROVERSION,
});
export type Service = Item<typeof services>;

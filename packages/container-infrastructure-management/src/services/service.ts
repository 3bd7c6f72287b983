import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { containerInfrastructureManagementService } from "../descriptor.js";
import { MAGNUM_MAX, maybeString, timestamps } from "../shared.js";

/** One of Magnum's own processes (a conductor), as it reports itself. */
export const Service = v.looseObject({
  id: v.number(),
  host: v.string(),
  binary: v.string(),
  /** `up` while it reports within service_down_time, else `down`. */
  state: v.string(),
  report_count: v.optional(v.number()),
  disabled: v.optional(v.boolean()),
  disabled_reason: maybeString,
  ...timestamps,
});

/** Magnum's services (`mservices`): its conductors and their heartbeat. One page, admin only. */
export const services = defineResource({
  service: containerInfrastructureManagementService,
  path: "mservices",
  singular: "Service",
  plural: "Services",
  pluralKey: "mservices",
  schema: Service,
  verbs: ["list"],
  pagination: "none",
  maxMicroversion: MAGNUM_MAX,
});
export type Service = Item<typeof services>;

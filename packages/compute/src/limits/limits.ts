import { defineResource } from "@openstack-ts/core";
import * as v from "valibot";
import { optionalNumber } from "../common.js";
import { computeService } from "../descriptor.js";

/**
 * What getLimits answers, inside `{ limits }`: the project's absolute limits and usage
 * (-1: unlimited). Up to 2.35 the network counters (floating IPs, security groups) are
 * there too; up to 2.56 the personality ones. `rate` is always empty on current Novas.
 */
export const Limits = v.looseObject({
  absolute: v.looseObject({
    maxServerMeta: optionalNumber,
    maxTotalCores: optionalNumber,
    maxTotalInstances: optionalNumber,
    maxTotalKeypairs: optionalNumber,
    maxTotalRAMSize: optionalNumber,
    maxServerGroups: optionalNumber,
    maxServerGroupMembers: optionalNumber,
    totalCoresUsed: optionalNumber,
    totalInstancesUsed: optionalNumber,
    totalRAMUsed: optionalNumber,
    totalServerGroupsUsed: optionalNumber,
    maxPersonality: optionalNumber,
    maxPersonalitySize: optionalNumber,
    maxImageMeta: optionalNumber,
    maxTotalFloatingIps: optionalNumber,
    maxSecurityGroups: optionalNumber,
    maxSecurityGroupRules: optionalNumber,
    totalFloatingIpsUsed: optionalNumber,
    totalSecurityGroupsUsed: optionalNumber,
  }),
  rate: v.array(v.unknown()),
});

export type Limits = v.InferOutput<typeof Limits>;

/** The limits are one document, not a collection: only the `getLimits` action (GET limits). */
export const limits = defineResource({
  service: computeService,
  path: "limits",
  singular: "Limits",
  plural: "Limits",
  schema: Limits,
  verbs: [],
  actions: {
    /** Answers `{ limits }` ({@link Limits}), as the current microversion shows them. */
    getLimits: { method: "GET", path: "limits", returns: "json" },
  },
});

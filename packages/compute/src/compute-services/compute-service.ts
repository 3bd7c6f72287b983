import { defineResource, type Item, type PartialItem } from "@openstack-ts/core";
import * as v from "valibot";
import { flexibleId, nullableString } from "../common.js";
import { computeService } from "../descriptor.js";

/** A Nova service (nova-compute, nova-conductor, nova-scheduler) on one host (admin). */
export const Service = v.looseObject({
  // An integer before 2.53, a UUID from 2.53.
  id: flexibleId,
  binary: v.string(),
  host: v.string(),
  zone: v.string(),
  status: v.picklist(["enabled", "disabled"]),
  state: v.picklist(["up", "down"]),
  updated_at: nullableString,
  disabled_reason: nullableString,
  forced_down: v.optional(v.boolean()), // 2.11
});

/**
 * A nova-compute service in a cell Nova cannot reach (from 2.69): `{ binary, host, status:
 * "UNKNOWN" }`, no id (so it cannot be enabled, disabled or deleted until the cell is back).
 */
export const PartialService = v.looseObject({ binary: v.string(), host: v.string(), status: v.literal("UNKNOWN") });

const ONE = "os-services/{service}";

/**
 * Nova's services (`listServices`, `deleteService`). Enabling, disabling and forcing down
 * go through PUT os-services/{id} with a bare body, the 2.53 way: they need 2.53 and
 * raise MicroversionError on an older Nova. 2.69, the highest asked, adds only the partial
 * records of services in unreachable cells (`PartialService`; `isPartial` tells).
 */
export const services = defineResource({
  service: computeService,
  path: "os-services",
  singular: "Service",
  plural: "Services",
  key: "service",
  pluralKey: "services",
  schema: Service,
  partial: PartialService,
  verbs: ["list", "delete"],
  query: ["binary", "host"],
  pagination: "none",
  maxMicroversion: "2.69",
  idType: "either", // an integer before 2.53
  actions: {
    /** Answers `{ service }`. */
    enableService: { method: "PUT", path: ONE, body: () => ({ status: "enabled" }), returns: "json", requires: "2.53" },
    /** Answers `{ service }`. */
    disableService: {
      method: "PUT",
      path: ONE,
      body: (args: { disabled_reason?: string }) => ({
        status: "disabled",
        ...(args.disabled_reason !== undefined && { disabled_reason: args.disabled_reason }),
      }),
      returns: "json",
      requires: "2.53",
    },
    /** Tells Nova the host is down without waiting for its heartbeats to stop (before evacuating); answers `{ service }`. */
    updateServiceForcedDown: {
      method: "PUT",
      path: ONE,
      body: (args: { forced_down: boolean }) => ({ forced_down: args.forced_down }),
      returns: "json",
      requires: "2.53",
    },
  },
});

/** A Service as the API returns it (its declared fields; extra fields pass through at run time). */
export type Service = Item<typeof services>;

/** A compute service in an unreachable cell, as the list may return it (2.69+). */
export type PartialService = PartialItem<typeof services>;

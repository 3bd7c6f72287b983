import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { orchestrationService } from "../descriptor.js";

/** A heat-engine process, as the engine reports itself (admin only). */
export const Service = v.looseObject({
  id: v.string(),
  binary: v.string(),
  engine_id: v.string(),
  host: v.string(),
  hostname: v.string(),
  topic: v.string(),
  status: v.string(),
  report_interval: v.number(),
  created_at: v.nullish(v.string()),
  updated_at: v.nullish(v.string()),
  deleted_at: v.nullish(v.string()),
});

/** What the API and the engine say they were built from. */
export const BuildInfo = v.looseObject({
  api: v.looseObject({ revision: v.string() }),
  engine: v.looseObject({ revision: v.string() }),
});

/** Heat's engines (GET services), and the build info (GET build_info). */
export const services = defineResource({
  service: orchestrationService,
  path: "services",
  singular: "Service",
  plural: "Services",
  pluralKey: "services",
  schema: Service,
  verbs: ["list"],
  pagination: "none",
  actions: {
    getBuildInfo: { method: "GET", path: "build_info", returns: "json", schema: BuildInfo },
  },
});

/** A Service as the API returns it. */
export type Service = Item<typeof services>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { dnsService } from "../descriptor.js";
import { itemLinks, maybeString, timestamps } from "../shared.js";

/** The last heartbeat of one Designate process (api, central, worker, producer, mdns). */
export const ServiceStatus = v.looseObject({
  id: v.string(),
  hostname: v.string(),
  service_name: v.string(),
  /** UP, DOWN or WARNING. */
  status: v.string(),
  stats: v.optional(v.nullable(v.record(v.string(), v.unknown()))),
  capabilities: v.optional(v.nullable(v.record(v.string(), v.unknown()))),
  heartbeated_at: maybeString,
  ...timestamps,
  links: itemLinks,
});

/** Service statuses (admin): read only. */
export const serviceStatuses = defineResource({
  service: dnsService,
  path: "service_statuses",
  singular: "ServiceStatus",
  plural: "ServiceStatuses",
  pluralKey: "service_statuses",
  nameField: "service_name",
  schema: ServiceStatus,
  verbs: ["list", "get", "find"],
  query: ["hostname", "service_name", "status"],
});
export type ServiceStatus = Item<typeof serviceStatuses>;

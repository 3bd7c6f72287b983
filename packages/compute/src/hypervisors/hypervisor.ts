import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { flexibleId, nullableString, optionalNumber } from "../common.js";
import { computeService } from "../descriptor.js";

/**
 * A hypervisor (a compute node), up to microversion 2.88. Its id is an integer before 2.53
 * and a UUID after (kept as a string either way). 2.88 dropped the resource counters
 * (`vcpus`, `memory_mb`, …, which Placement reports) and moved `uptime` in.
 */
export const Hypervisor = v.looseObject({
  id: flexibleId,
  hypervisor_hostname: v.string(),
  state: v.string(),
  status: v.string(),
  hypervisor_type: v.string(),
  hypervisor_version: v.number(),
  host_ip: v.nullable(v.string()),
  service: v.looseObject({ host: v.string(), id: flexibleId, disabled_reason: nullableString }),
  uptime: nullableString, // 2.88
  // with_servers (2.53), or the servers search before it.
  servers: v.optional(v.array(v.looseObject({ name: v.string(), uuid: v.string() }))),
  // Before 2.88:
  vcpus: optionalNumber,
  vcpus_used: optionalNumber,
  memory_mb: optionalNumber,
  memory_mb_used: optionalNumber,
  local_gb: optionalNumber,
  local_gb_used: optionalNumber,
  free_ram_mb: optionalNumber,
  free_disk_gb: optionalNumber,
  current_workload: optionalNumber,
  running_vms: optionalNumber,
  disk_available_least: v.optional(v.nullable(v.number())),
  // A JSON string before 2.28, an object from 2.28.
  cpu_info: v.optional(v.union([v.string(), v.record(v.string(), v.unknown())])),
});

/**
 * Hypervisors (admin), listed with details; `hypervisor_hostname_pattern` and
 * `with_servers` filter from 2.53, pages follow `hypervisors_links` from 2.33.
 */
export const hypervisors = defineResource({
  service: computeService,
  path: "os-hypervisors",
  listPath: "os-hypervisors/detail",
  singular: "Hypervisor",
  plural: "Hypervisors",
  key: "hypervisor",
  pluralKey: "hypervisors",
  schema: Hypervisor,
  verbs: ["list", "get"],
  filters: { hypervisor_hostname_pattern: v.string(), with_servers: v.boolean() },
  getQuery: { with_servers: v.boolean() },
  // Before 2.53 Nova ignores them (an unfiltered list, no servers), so they are refused instead.
  microversionBounds: { with_servers: { addedIn: "2.53" }, hypervisor_hostname_pattern: { addedIn: "2.53" } },
  idType: "either", // an integer before 2.53
  maxMicroversion: "2.88",
});

/** A Hypervisor as the API returns it (its declared fields; extra fields pass through at run time). */
export type Hypervisor = Item<typeof hypervisors>;

import { defineResource, type ActionSpec, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { MAX_MICROVERSION, optionalString } from "../common.js";
import { blockStorageService } from "../descriptor.js";

/** A Cinder service (cinder-scheduler, cinder-volume, cinder-backup), as `os-services` lists it. */
export const Service = v.looseObject({
  binary: v.string(),
  host: v.string(),
  zone: v.string(),
  status: v.picklist(["enabled", "disabled"]),
  state: v.picklist(["up", "down"]),
  updated_at: v.nullable(v.string()),
  disabled_reason: optionalString,
  cluster: optionalString, // 3.7
  // cinder-volume only:
  replication_status: optionalString,
  active_backend_id: optionalString,
  frozen: v.optional(v.boolean()),
  backend_state: optionalString, // 3.49, read from the scheduler
});

/** Which service an enable or disable means: its host and binary. */
export interface ServiceRef {
  host: string;
  binary: string;
}

const actions = {
  /** `{ host, binary, status: "enabled", disabled: false }`. */
  enableService: {
    method: "PUT",
    path: "os-services/enable",
    body: (a: ServiceRef) => ({ host: a.host, binary: a.binary }),
    returns: "json",
  },
  /**
   * `{ host, binary, status: "disabled", disabled: true, disabled_reason }`. Always through
   * `disable-log-reason`, which takes the reason when there is one and clears an old one
   * when there is not.
   */
  disableService: {
    method: "PUT",
    path: "os-services/disable-log-reason",
    body: (a: ServiceRef & { disabled_reason?: string }) => ({
      host: a.host,
      binary: a.binary,
      ...(a.disabled_reason !== undefined && { disabled_reason: a.disabled_reason }),
    }),
    returns: "json",
  },
  /** Stops management operations on a cinder-volume host (replication). */
  freezeService: { method: "PUT", path: "os-services/freeze", body: (a: { host: string }) => ({ host: a.host }) },
  thawService: { method: "PUT", path: "os-services/thaw", body: (a: { host: string }) => ({ host: a.host }) },
  /** Fails a replicating cinder-volume host over to `backend_id`. Never resent: a second failover is not the first one again. */
  failoverService: {
    method: "PUT",
    path: "os-services/failover_host",
    body: (a: { host: string; backend_id?: string }) => ({
      host: a.host,
      ...(a.backend_id !== undefined && { backend_id: a.backend_id }),
    }),
    idempotent: false,
  },
  setServiceLogLevels: {
    method: "PUT",
    path: "os-services/set-log",
    body: (a: {
      level: "ERROR" | "WARNING" | "INFO" | "DEBUG";
      binary?: string;
      server?: string;
      prefix?: string;
    }) => ({ level: a.level, binary: a.binary ?? "", server: a.server ?? null, prefix: a.prefix ?? null }),
    requires: "3.32",
  },
  /** `{ log_levels: [{ binary, host, levels: { logger: level } }] }`. */
  getServiceLogLevels: {
    method: "PUT",
    path: "os-services/get-log",
    body: (a: { binary?: string; server?: string; prefix?: string }) => ({
      binary: a.binary ?? "",
      server: a.server ?? null,
      prefix: a.prefix ?? null,
    }),
    returns: "json",
    requires: "3.32",
  },
} as const satisfies Record<string, ActionSpec>;

/**
 * Cinder's services (admin only): one unpaged list, filtered by `host` and `binary`, and
 * the actions that enable, disable, freeze and thaw one. Services have no id: an action
 * names one by host and binary.
 */
export const services = defineResource({
  service: blockStorageService,
  path: "os-services",
  singular: "Service",
  plural: "Services",
  pluralKey: "services",
  schema: Service,
  verbs: ["list"],
  query: ["host", "binary"],
  pagination: "none",
  markerField: "host",
  maxMicroversion: MAX_MICROVERSION,
  actions,
});

/** A Service as the API returns it. */
export type Service = Item<typeof services>;

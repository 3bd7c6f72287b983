import { officialServiceType } from "@openstack-ts/core";
import { OFFICIAL_SERVICE_TYPES } from "./data/service-types.js";
import { impliedMicroversion } from "./resolve/services.js";
import type { AuthConfig, ResolvedCloudFields, ServiceConfig } from "./types.js";

/** Per-service settings as core's `ServiceSettings` takes them. */
export interface ServiceOptions {
  endpointOverride?: string;
  interface?: string;
  regionName?: string;
  /** The major version only (`2`); a dotted api version becomes `microversion`. */
  apiVersion?: string;
  microversion?: string;
}

/** A plain object shaped like openstack-ts's ConnectionOptions. */
export interface ConnectionOptionsFromConfig extends AuthConfig {
  authPlugin: string;
  regionName?: string;
  interface?: string;
  profile: Record<string, ServiceOptions>;
  /** Milliseconds. */
  timeout?: number;
  retries?: number;
  verify: boolean;
  cacert?: string;
  cert?: string;
  key?: string;
}

/**
 * The options for `new Connection(...)`: auth arguments at the top level, `authPlugin`, the
 * per-service `profile`, the timeout in ms. `cacert`, `cert` and `key` stay as configured
 * (paths); the Node entry's `readTlsFiles` turns them into PEM text.
 */
export function connectionOptions(resolved: ResolvedCloudFields): ConnectionOptionsFromConfig {
  const options: ConnectionOptionsFromConfig = {
    ...resolved.auth,
    authPlugin: resolved.authType,
    profile: {},
    verify: resolved.verify,
  };
  for (const [type, service] of Object.entries(resolved.services)) {
    const settings = serviceOptions(service);
    if (Object.keys(settings).length > 0) options.profile[type] = settings;
  }
  const endpoint = resolved.auth.endpoint;
  if (["none", "noauth", "admin_token"].includes(resolved.authType) && typeof endpoint === "string" && endpoint) {
    // Without a catalog every service lives at the one endpoint, as keystoneauth does it.
    for (const type of OFFICIAL_SERVICE_TYPES) {
      const settings = (options.profile[type] ??= {});
      settings.endpointOverride ??= endpoint;
    }
  }
  if (resolved.regionName) options.regionName = resolved.regionName;
  if (resolved.interface) options.interface = resolved.interface;
  if (resolved.apiTimeout !== undefined) options.timeout = Math.round(resolved.apiTimeout * 1000);
  const retries = Math.max(resolved.connectRetries ?? -1, resolved.statusCodeRetries ?? -1);
  if (retries >= 0) options.retries = retries;
  if (resolved.cacert) options.cacert = resolved.cacert;
  if (resolved.cert) options.cert = resolved.cert;
  if (resolved.key) options.key = resolved.key;
  return options;
}

function serviceOptions(service: ServiceConfig): ServiceOptions {
  const out: ServiceOptions = {};
  if (service.endpointOverride) out.endpointOverride = service.endpointOverride;
  if (service.interface) out.interface = service.interface;
  if (service.regionName) out.regionName = service.regionName;
  if (service.apiVersion) {
    out.apiVersion = impliedMicroversion(service.apiVersion) ? service.apiVersion.split(".")[0]! : service.apiVersion;
  }
  if (service.microversion) out.microversion = service.microversion;
  return out;
}

/**
 * The settings a service ends up with, falling back to the cloud's region and interface, as
 * openstacksdk's CloudRegion answers `get_endpoint`, `get_interface`, `get_region_name`.
 * Takes an official type or an alias (`volumev3`).
 */
export function serviceConfig(resolved: ResolvedCloudFields, serviceType: string): ServiceConfig {
  const type = officialServiceType(serviceType);
  const own = resolved.services[type] ?? {};
  const endpoint =
    resolved.authType === "none" && typeof resolved.auth.endpoint === "string" ? resolved.auth.endpoint : undefined;
  return {
    ...own,
    endpointOverride: own.endpointOverride ?? endpoint,
    interface: own.interface ?? resolved.interface,
    regionName: own.regionName ?? resolved.regionName,
  };
}

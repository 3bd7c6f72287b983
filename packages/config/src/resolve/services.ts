import { ConfigError } from "@openstack-ts/core";
import { keyPrefixes, OFFICIAL_SERVICE_TYPES } from "../data/service-types.js";
import type { ServiceConfig } from "../types.js";
import type { Entry, Settings } from "./settings.js";

type Field = keyof ServiceConfig;

// clouds.yaml key suffix → field; `<service>_endpoint` is the older name of the override.
const SUFFIXES: readonly (readonly [string, Field])[] = [
  ["endpoint_override", "endpointOverride"],
  ["endpoint", "endpointOverride"],
  ["interface", "interface"],
  ["region_name", "regionName"],
  ["api_version", "apiVersion"],
  ["default_microversion", "microversion"],
  ["service_type", "serviceType"],
  ["service_name", "serviceName"],
];
// Auth arguments that make a token scoped; without them identity is reached at the auth URL.
const SCOPE_KEYS = ["domain_id", "domain_name", "project_id", "project_name", "system_scope"];

export interface ServicesResult {
  services: Record<string, ServiceConfig>;
  sources: Record<string, string>;
}

/**
 * Each service type's settings, read as openstacksdk's CloudRegion reads them: the official
 * type's keys first (`block_storage_api_version`), then its aliases' (`volume_api_version`).
 */
export function serviceSettings(config: Settings, warn: (message: string) => void): ServicesResult {
  const services: Record<string, ServiceConfig> = {};
  const sources: Record<string, string> = {};
  for (const type of OFFICIAL_SERVICE_TYPES) {
    const service: ServiceConfig = {};
    const set = (field: Field, value: string, source: string) => {
      service[field] = value;
      sources[`services.${type}.${field}`] = source;
    };
    for (const [suffix, field] of SUFFIXES) {
      if (service[field] !== undefined) continue;
      const entry = lookup(config, type, suffix);
      if (entry) set(field, text(entry, suffix), entry.source);
    }
    if (service.apiVersion !== undefined && !isVersionNumber(service.apiVersion)) {
      warn(
        `${sources[`services.${type}.apiVersion`]}: '${service.apiVersion}' is not a version number and is ignored, as openstacksdk does`,
      );
      delete service.apiVersion;
      delete sources[`services.${type}.apiVersion`];
    }
    const implied = impliedMicroversion(service.apiVersion);
    if (implied !== undefined) {
      if (service.microversion !== undefined && service.microversion !== implied) {
        throw new ConfigError(
          `${sources[`services.${type}.microversion`]} is ${service.microversion}, but ${sources[`services.${type}.apiVersion`]} ` +
            `is the microversion ${implied}: set the api version to the major version only, or drop default_microversion`,
        );
      }
      if (service.microversion === undefined) set("microversion", implied, sources[`services.${type}.apiVersion`]!);
    }
    if (type === "identity" && service.endpointOverride === undefined) {
      // An unscoped token has no catalog: openstacksdk talks to identity at the auth URL.
      const authUrl = config.auth.get("auth_url");
      if (authUrl && typeof authUrl.value === "string" && SCOPE_KEYS.every((key) => !config.auth.has(key))) {
        set("endpointOverride", authUrl.value, `${authUrl.source} (identity of an unscoped token)`);
      }
    }
    if (type === "block-storage" && service.endpointOverride && config.value("profile") === "rackspace") {
      // openstacksdk's Rackspace quirk: its v2 block storage URL needs the project id appended.
      const projectId = config.authValue("project_id");
      if (typeof projectId === "string") service.endpointOverride += projectId;
    }
    if (Object.keys(service).length > 0) services[type] = service;
  }
  return { services, sources };
}

function lookup(config: Settings, type: string, suffix: string): Entry | undefined {
  for (const prefix of keyPrefixes(type)) {
    const entry = config.top.get(`${prefix}_${suffix}`);
    if (entry && entry.value !== null && entry.value !== undefined && entry.value !== "") return entry;
  }
  return undefined;
}

function text(entry: Entry, suffix: string): string {
  if (typeof entry.value === "string") return entry.value;
  throw new ConfigError(`${entry.source} must be ${suffix.includes("endpoint") ? "a URL (a string)" : "a string"}`);
}

/** What Python's `float()` accepts, which is what openstacksdk asks of an api version. */
function isVersionNumber(version: string): boolean {
  return version.trim() !== "" && Number.isFinite(Number(version.replace(/_/g, "")));
}

/** `2.79` names a microversion of major version 2; `2.0` is only a major version. */
export function impliedMicroversion(version: string | undefined): string | undefined {
  if (!version?.includes(".")) return undefined;
  return version.split(".")[1] !== "0" ? version : undefined;
}

import { defineResource } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

const Options = v.record(v.string(), v.unknown());

/**
 * A domain's own configuration: option values by group. Keystone accepts the `identity`
 * (`driver`, `list_limit`) and `ldap` groups; what is not set falls back to the defaults.
 */
export const DomainConfig = v.looseObject({
  identity: v.optional(Options),
  ldap: v.optional(Options),
});

/** Option values by group, as sent and returned. */
export type DomainConfig = v.InferOutput<typeof DomainConfig>;

const whole = "domains/{domain}/config";
const group = `${whole}/{group}`;
const option = `${group}/{option}`;

/**
 * Domain-specific configuration (a domain's identity backend, e.g. LDAP), by domain, group
 * and option. Every call answers `{"config": …}`: the whole configuration after a change,
 * the group's options (`{"config": {"ldap": {…}}}`) or the option (`{"config": {"url": …}}`)
 * after a read. Keystone stores these whatever `domain_specific_drivers_enabled` says; it
 * uses them only when that option (and `domain_configurations_from_database`) is on.
 */
export const domainConfigs = defineResource({
  service: identityService,
  path: whole,
  singular: "DomainConfig",
  plural: "DomainConfigs",
  key: "config",
  schema: DomainConfig,
  // Not a collection: the config of a domain is reached by its domain alone.
  verbs: [],
  actions: {
    getDomainConfig: { method: "GET", path: whole, returns: "json" },
    /** Creates, or replaces, the whole configuration (PUT). */
    createDomainConfig: {
      method: "PUT",
      path: whole,
      body: ({ config }: { config: DomainConfig }) => ({ config }),
      returns: "json",
    },
    /** Merges the given groups' options into the configuration (PATCH). */
    updateDomainConfig: {
      method: "PATCH",
      path: whole,
      body: ({ config }: { config: DomainConfig }) => ({ config }),
      returns: "json",
    },
    deleteDomainConfig: { method: "DELETE", path: whole },
    getDomainConfigGroup: { method: "GET", path: group, returns: "json" },
    updateDomainConfigGroup: {
      method: "PATCH",
      path: group,
      body: ({ group, options }: { group: string; options: Readonly<Record<string, unknown>> }) => ({
        config: { [group]: options },
      }),
      returns: "json",
    },
    deleteDomainConfigGroup: { method: "DELETE", path: group },
    getDomainConfigOption: { method: "GET", path: option, returns: "json" },
    updateDomainConfigOption: {
      method: "PATCH",
      path: option,
      body: ({ option, value }: { option: string; value: unknown }) => ({ config: { [option]: value } }),
      returns: "json",
    },
    deleteDomainConfigOption: { method: "DELETE", path: option },
    /** The defaults a domain's configuration overrides: every group Keystone lets a domain set. */
    getDefaultDomainConfig: { method: "GET", path: "domains/config/default", returns: "json" },
    getDefaultDomainConfigGroup: { method: "GET", path: "domains/config/{group}/default", returns: "json" },
    getDefaultDomainConfigOption: { method: "GET", path: "domains/config/{group}/{option}/default", returns: "json" },
  },
});

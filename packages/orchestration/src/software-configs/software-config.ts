import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { orchestrationService } from "../descriptor.js";

/** A software config: what a server runs (a script, a Puppet manifest), with its inputs and outputs. Immutable. */
export const SoftwareConfig = v.looseObject({
  id: v.string(),
  name: v.nullish(v.string()),
  group: v.string(),
  creation_time: v.nullish(v.string()),
  /** GET and create only; a list has none of what follows. */
  config: v.optional(v.nullable(v.string())),
  inputs: v.optional(v.nullable(v.array(v.record(v.string(), v.unknown())))),
  outputs: v.optional(v.nullable(v.array(v.record(v.string(), v.unknown())))),
  options: v.optional(v.nullable(v.record(v.string(), v.unknown()))),
  project: v.optional(v.string()),
});

export interface SoftwareConfigInput {
  name?: string;
  /** The tool that applies it (`script`, `puppet`, `ansible`, …); Heat's default `Heat::Ungrouped`. */
  group?: string;
  config?: string;
  inputs?: readonly Readonly<Record<string, unknown>>[];
  outputs?: readonly Readonly<Record<string, unknown>>[];
  options?: Readonly<Record<string, unknown>>;
}

/**
 * Software configs. They cannot change: no update. Create is an action, as Heat takes its
 * body without an envelope and answers with one.
 */
export const softwareConfigs = defineResource({
  service: orchestrationService,
  path: "software_configs",
  singular: "SoftwareConfig",
  plural: "SoftwareConfigs",
  key: "software_config",
  pluralKey: "software_configs",
  schema: SoftwareConfig,
  verbs: ["list", "get", "delete"],
  filters: { tenant_safe: v.boolean() },
  actions: {
    createSoftwareConfig: {
      method: "POST",
      path: "software_configs",
      body: (a: SoftwareConfigInput) => a,
      returns: "json",
      resultKey: "software_config",
      schema: SoftwareConfig,
    },
  },
});

/** A SoftwareConfig as the API returns it. */
export type SoftwareConfig = Item<typeof softwareConfigs>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { clusteringService } from "../descriptor.js";
import { anyMap, MAX_MICROVERSION } from "../shared.js";

/**
 * Since when a type is supported, by version: `{"1.0": [{status: "SUPPORTED", since: "2016.04"}]}`
 * (1.5 and later).
 */
export const SupportStatus = v.record(v.string(), v.array(v.looseObject({ status: v.string(), since: v.string() })));

/** A profile type: `os.nova.server-1.0` (`name` and `version` apart from 1.5 on). */
export const ProfileType = v.looseObject({
  name: v.string(),
  version: v.optional(v.string()),
  /** On a get: each property of a spec, its type, whether required and updatable. */
  schema: v.optional(anyMap),
  support_status: v.optional(SupportStatus),
});

/** One operation a profile type offers (`reboot`), with its parameters. */
export const ProfileTypeOperation = v.looseObject({
  description: v.optional(v.string()),
  parameters: v.optional(anyMap),
});

/**
 * The profile types this Senlin knows, by name (`os.nova.server-1.0`).
 * `listProfileTypeOperations({ profile_type })` (1.4) names the operations its nodes take
 * (`performOperationOnNode`).
 */
export const profileTypes = defineResource({
  service: clusteringService,
  path: "profile-types",
  singular: "ProfileType",
  plural: "ProfileTypes",
  key: "profile_type",
  pluralKey: "profile_types",
  schema: ProfileType,
  idField: "name",
  verbs: ["list", "get"],
  pagination: "none",
  maxMicroversion: MAX_MICROVERSION,
  actions: {
    listProfileTypeOperations: {
      method: "GET",
      path: "profile-types/{profile_type}/ops",
      idField: "name",
      returns: "json",
      resultKey: "operations",
      schema: v.record(v.string(), ProfileTypeOperation),
      requires: "1.4",
      maxMicroversion: MAX_MICROVERSION,
    },
  },
});
export type ProfileType = Item<typeof profileTypes>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX, maybeBoolean, maybeString } from "../shared.js";
import { listProjectAccess, projectAccessChange } from "./project-access.js";

/** Extra specs: text by key (`driver_handles_share_servers: "False"`); a create may give booleans. */
const ExtraSpecs = v.record(v.string(), v.union([v.string(), v.boolean()]));

/** A share type, fields as the reference names them. */
export const ShareType = v.looseObject({
  id: v.string(),
  name: v.string(),
  description: maybeString,
  extra_specs: v.optional(ExtraSpecs),
  required_extra_specs: v.optional(ExtraSpecs),
  "share_type_access:is_public": maybeBoolean,
  /** 2.46. */
  is_default: maybeBoolean,
});

const SPECS = "types/{share_type}/extra_specs";

/**
 * Share types (admin to create, change and delete). A create must say
 * `extra_specs.driver_handles_share_servers`; `listShareTypes({ is_public: "all" })` lists
 * private ones too. The update (2.50) changes name, description and visibility.
 */
export const shareTypes = defineResource({
  service: sharedFileSystemService,
  path: "types",
  singular: "ShareType",
  plural: "ShareTypes",
  key: "share_type",
  pluralKey: "share_types",
  schema: ShareType,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  filters: { is_public: v.picklist(["true", "false", "all"]), extra_specs: v.string() },
  required: ["name", "extra_specs"],
  readOnly: ["id", "required_extra_specs", "is_default"],
  createOnly: ["extra_specs"],
  pagination: "none",
  maxMicroversion: MANILA_MAX,
  actions: {
    /** The default share type of the cloud (`default_share_type`); a NotFoundError when none is set. */
    getDefaultShareType: {
      method: "GET",
      path: "types/default",
      returns: "json",
      resultKey: "share_type",
      schema: ShareType,
      maxMicroversion: MANILA_MAX,
    },
    getShareTypeExtraSpecs: {
      method: "GET",
      path: SPECS,
      returns: "json",
      resultKey: "extra_specs",
      schema: ExtraSpecs,
      maxMicroversion: MANILA_MAX,
    },
    /** Adds or changes the given extra specs; answers them. */
    updateShareTypeExtraSpecs: {
      method: "POST",
      path: SPECS,
      body: (a: { extra_specs: Readonly<Record<string, string | boolean>> }) => ({ extra_specs: a.extra_specs }),
      returns: "json",
      resultKey: "extra_specs",
      schema: ExtraSpecs,
      maxMicroversion: MANILA_MAX,
    },
    /** Removes one extra spec (`key`); the required `driver_handles_share_servers` cannot go. */
    deleteShareTypeExtraSpecProperty: { method: "DELETE", path: `${SPECS}/{key}`, maxMicroversion: MANILA_MAX },
    /** The projects a private type is open to. */
    listShareTypeAccess: listProjectAccess("types/{share_type}/share_type_access", "share_type_access"),
    addShareTypeAccess: projectAccessChange("types/{share_type}/action", "addProjectAccess"),
    removeShareTypeAccess: projectAccessChange("types/{share_type}/action", "removeProjectAccess"),
  },
});
export type ShareType = Item<typeof shareTypes>;

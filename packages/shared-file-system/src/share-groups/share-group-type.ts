import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX, maybeBoolean, Metadata } from "../shared.js";
import { listProjectAccess, projectAccessChange } from "../share-types/project-access.js";

/** A share group type, fields as the reference names them. */
export const ShareGroupType = v.looseObject({
  id: v.string(),
  name: v.string(),
  /** The share types a group of this type may hold. */
  share_types: v.array(v.string()),
  group_specs: v.optional(Metadata),
  is_public: maybeBoolean,
  is_default: maybeBoolean,
});

const SPECS = "share-group-types/{share_group_type}/group-specs";
const ACTION = "share-group-types/{share_group_type}/action";

/** Share group types (admin to create and delete; 2.31 and later). */
export const shareGroupTypes = defineResource({
  service: sharedFileSystemService,
  path: "share-group-types",
  singular: "ShareGroupType",
  plural: "ShareGroupTypes",
  key: "share_group_type",
  pluralKey: "share_group_types",
  schema: ShareGroupType,
  verbs: ["list", "get", "find", "create", "delete"],
  filters: { is_public: v.picklist(["true", "false", "all"]), group_specs: v.string() },
  required: ["name", "share_types"],
  readOnly: ["id", "is_default"],
  pagination: "none",
  maxMicroversion: MANILA_MAX,
  actions: {
    getDefaultShareGroupType: {
      method: "GET",
      path: "share-group-types/default",
      returns: "json",
      resultKey: "share_group_type",
      schema: ShareGroupType,
      maxMicroversion: MANILA_MAX,
    },
    getShareGroupTypeSpecs: {
      method: "GET",
      path: SPECS,
      returns: "json",
      resultKey: "group_specs",
      schema: Metadata,
      maxMicroversion: MANILA_MAX,
    },
    updateShareGroupTypeSpecs: {
      method: "POST",
      path: SPECS,
      body: (a: { group_specs: Readonly<Record<string, string>> }) => ({ group_specs: a.group_specs }),
      returns: "json",
      resultKey: "group_specs",
      schema: Metadata,
      maxMicroversion: MANILA_MAX,
    },
    deleteShareGroupTypeSpec: { method: "DELETE", path: `${SPECS}/{key}`, maxMicroversion: MANILA_MAX },
    listShareGroupTypeAccess: listProjectAccess(
      "share-group-types/{share_group_type}/access",
      "share_group_type_access",
    ),
    addShareGroupTypeAccess: projectAccessChange(ACTION, "addProjectAccess"),
    removeShareGroupTypeAccess: projectAccessChange(ACTION, "removeProjectAccess"),
  },
});
export type ShareGroupType = Item<typeof shareGroupTypes>;

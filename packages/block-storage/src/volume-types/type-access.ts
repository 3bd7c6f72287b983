import { defineResource, idOf, type ActionSpec, type Item, type Ref } from "@openstack-ts/core";
import * as v from "valibot";
import { MAX_MICROVERSION } from "../common.js";
import { blockStorageService } from "../descriptor.js";

/** One project allowed to use a private volume type. */
export const TypeAccess = v.looseObject({
  volume_type_id: v.string(),
  project_id: v.string(),
});

const action = "types/{volume_type}/action";

const actions = {
  /** Lets a project use a private type; `project` is an id or a project. */
  addTypeAccess: {
    method: "POST",
    path: action,
    body: (a: { project: Ref }) => ({ addProjectAccess: { project: idOf(a.project, "project") } }),
  },
  removeTypeAccess: {
    method: "POST",
    path: action,
    body: (a: { project: Ref }) => ({ removeProjectAccess: { project: idOf(a.project, "project") } }),
  },
} as const satisfies Record<string, ActionSpec>;

/**
 * The projects that may use a private volume type: `listTypeAccess({ volume_type })`
 * (openstacksdk's get_type_access), addTypeAccess and removeTypeAccess. Cinder refuses
 * the list for a public type.
 */
export const typeAccess = defineResource({
  service: blockStorageService,
  path: "types/{volume_type}/os-volume-type-access",
  singular: "TypeAccessEntry",
  plural: "TypeAccess",
  pluralKey: "volume_type_access",
  schema: TypeAccess,
  verbs: ["list"],
  pagination: "none",
  maxMicroversion: MAX_MICROVERSION,
  actions,
});

/** One entry of a type's access list. */
export type TypeAccess = Item<typeof typeAccess>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { clusteringService } from "../descriptor.js";
import { anyMap, MAX_MICROVERSION, ownerFields, ownerReadOnly, senlinListFilters, Spec } from "../shared.js";

/** A profile: how to make one node (a Nova server, a Heat stack), fields as the API names them. */
export const Profile = v.looseObject({
  id: v.string(),
  name: v.string(),
  /** `os.nova.server-1.0`: the spec's type and version, set by Senlin. */
  type: v.optional(v.string()),
  spec: Spec,
  metadata: v.optional(anyMap),
  ...ownerFields,
});

/** What validating a spec answers: the profile it would make, never saved (`id` null). */
export const ValidatedProfile = v.looseObject({
  ...Profile.entries,
  id: v.nullable(v.string()),
  metadata: v.optional(v.nullable(anyMap)),
});

/**
 * Profiles. A spec cannot change (a new profile is made instead); an update (PATCH) changes
 * the name and metadata. `validateProfile({ spec })` checks a spec without keeping it.
 */
export const profiles = defineResource({
  service: clusteringService,
  path: "profiles",
  singular: "Profile",
  plural: "Profiles",
  key: "profile",
  pluralKey: "profiles",
  schema: Profile,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name", "type"],
  filters: senlinListFilters,
  required: ["name", "spec"],
  readOnly: ["type", ...ownerReadOnly],
  createOnly: ["spec"],
  updateMethod: "PATCH",
  pagination: "marker",
  maxMicroversion: MAX_MICROVERSION,
  actions: {
    /** Checks a spec as a create would (1.2), and answers the profile it would make, unsaved. */
    validateProfile: {
      method: "POST",
      path: "profiles/validate",
      body: (a: { spec: v.InferInput<typeof Spec> }) => ({ profile: { spec: a.spec } }),
      returns: "json",
      resultKey: "profile",
      schema: ValidatedProfile,
      requires: "1.2",
      maxMicroversion: MAX_MICROVERSION,
    },
  },
});
export type Profile = Item<typeof profiles>;

import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

/** `{id}`, plus `name` and `domain` when the list asks for `include_names`. */
const Named = v.looseObject({
  id: v.string(),
  name: v.optional(v.string()),
  domain: v.optional(v.looseObject({ id: v.string(), name: v.optional(v.string()) })),
});

/**
 * One grant of a role to a user or a group on a project, a domain or the system, as GET
 * /role_assignments reports it. It has no id of its own: `links.assignment` names it.
 */
export const RoleAssignment = v.looseObject({
  role: Named,
  user: v.optional(Named),
  group: v.optional(Named),
  scope: v.looseObject({
    project: v.optional(Named),
    domain: v.optional(Named),
    system: v.optional(v.looseObject({ all: v.optional(v.boolean()) })),
    "OS-INHERIT:inherited_to": v.optional(v.string()),
  }),
  links: v.optional(
    v.looseObject({
      assignment: v.optional(v.string()),
      // Present when the assignment comes through a group (effective lists).
      membership: v.optional(v.string()),
      // Present when the role is implied by another one.
      prior_role: v.optional(v.string()),
    }),
  ),
});

/**
 * `effective`, `include_names` and `include_subtree` are switches Keystone turns on by their
 * mere presence, declared as flags: `true` sends the bare name, `false` leaves it out.
 * `include_subtree` needs `scope.project.id`.
 */
export const roleAssignments = defineResource({
  service: identityService,
  path: "role_assignments",
  singular: "RoleAssignment",
  plural: "RoleAssignments",
  key: "role_assignment",
  pluralKey: "role_assignments",
  schema: RoleAssignment,
  verbs: ["list"],
  filters: {
    "user.id": v.string(),
    "group.id": v.string(),
    "role.id": v.string(),
    "scope.project.id": v.string(),
    "scope.domain.id": v.string(),
    "scope.system": v.string(),
    "scope.OS-INHERIT:inherited_to": v.string(),
    effective: v.boolean(),
    include_names: v.boolean(),
    include_subtree: v.boolean(),
  },
  flags: ["effective", "include_names", "include_subtree"],
  readOnly: ["role", "user", "group", "scope", "links"],
});

/** A RoleAssignment as the API returns it (its declared fields; extra fields pass through at run time). */
export type RoleAssignment = Item<typeof roleAssignments>;

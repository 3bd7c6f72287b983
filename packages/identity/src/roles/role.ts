import { defineResource, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

/** A Keystone role, fields as the Identity v3 API reference names them. */
export const Role = v.looseObject({
  id: v.string(),
  name: v.string(),
  description: v.optional(v.nullable(v.string())),
  // Null for a global role; set for a domain-specific one.
  domain_id: v.optional(v.nullable(v.string())),
  options: v.optional(v.record(v.string(), v.unknown())),
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

const projectUser = "projects/{project}/users/{user}/roles/{role}";
const projectGroup = "projects/{project}/groups/{group}/roles/{role}";
const domainUser = "domains/{domain}/users/{user}/roles/{role}";
const domainGroup = "domains/{domain}/groups/{group}/roles/{role}";

/**
 * Roles, and the grants of a role to a user or group on a project or domain (named as
 * openstacksdk names them). Each grant argument takes an id or the resource. The
 * `validate…` actions answer whether the grant exists (HEAD: 204 → true, 404 → false).
 */
export const roles = defineResource({
  service: identityService,
  path: "roles",
  singular: "Role",
  plural: "Roles",
  key: "role",
  pluralKey: "roles",
  schema: Role,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["name", "domain_id"],
  required: ["name"],
  readOnly: ["id", "links"],
  // Keystone refuses to move a role between domains.
  createOnly: ["domain_id"],
  updateMethod: "PATCH",
  actions: {
    assignProjectRoleToUser: { method: "PUT", path: projectUser },
    unassignProjectRoleFromUser: { method: "DELETE", path: projectUser },
    validateUserHasProjectRole: { method: "HEAD", path: projectUser, returns: "exists" },
    assignProjectRoleToGroup: { method: "PUT", path: projectGroup },
    unassignProjectRoleFromGroup: { method: "DELETE", path: projectGroup },
    validateGroupHasProjectRole: { method: "HEAD", path: projectGroup, returns: "exists" },
    assignDomainRoleToUser: { method: "PUT", path: domainUser },
    unassignDomainRoleFromUser: { method: "DELETE", path: domainUser },
    validateUserHasDomainRole: { method: "HEAD", path: domainUser, returns: "exists" },
    assignDomainRoleToGroup: { method: "PUT", path: domainGroup },
    unassignDomainRoleFromGroup: { method: "DELETE", path: domainGroup },
    validateGroupHasDomainRole: { method: "HEAD", path: domainGroup, returns: "exists" },
  },
});

/** A Role as the API returns it (its declared fields; extra fields pass through at run time). */
export type Role = Item<typeof roles>;

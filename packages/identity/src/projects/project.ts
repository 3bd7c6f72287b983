import { defineResource, tagFilters, type Item } from "@openstack-ts/core";
import * as v from "valibot";
import { identityService } from "../descriptor.js";

const optionalString = v.optional(v.nullable(v.string()));

/** A Keystone project, fields as the Identity v3 API reference names them. */
export const Project = v.looseObject({
  id: v.string(),
  name: v.string(),
  // Null for a project that acts as a domain.
  domain_id: optionalString,
  description: optionalString,
  enabled: v.optional(v.boolean()),
  is_domain: v.optional(v.boolean()),
  parent_id: optionalString,
  tags: v.optional(v.array(v.string())),
  options: v.optional(v.record(v.string(), v.unknown())),
  links: v.optional(v.looseObject({ self: v.optional(v.string()) })),
});

const tags = "projects/{project}/tags";
const tag = `${tags}/{tag}`;

/**
 * Tag filters take a list (`tags: ["a", "b"]` means a AND b), sent comma-separated as
 * Keystone wants. Without `is_domain`, projects acting as domains are left out of the list.
 * A project's tags also have calls of their own, named as openstacksdk's tag methods:
 * `getProjectTags` and `setProjectTags` answer `{"tags": [...]}`, `checkProjectTag`
 * answers whether the project has a tag (204 → true, 404 → false). Keystone allows at most
 * 80 tags, each without `/` or `,`.
 */
export const projects = defineResource({
  service: identityService,
  path: "projects",
  singular: "Project",
  plural: "Projects",
  key: "project",
  pluralKey: "projects",
  // Keystone 2025.1 pages these four with `limit`/`marker` and names the next page in its
  // `links` object (`{"next": …, "self": …, "previous": null}`); older releases send everything.
  pagination: "links",
  linksKey: "links",
  schema: Project,
  verbs: ["list", "get", "find", "create", "update", "delete"],
  query: ["domain_id", "enabled", "is_domain", "name", "parent_id"],
  filters: tagFilters,
  // A GET of one project may bring its parents and subtree (3.4) and their limits; Keystone
  // reads each as on when present, whatever its value.
  getQuery: {
    parents_as_list: v.boolean(),
    parents_as_ids: v.boolean(),
    subtree_as_list: v.boolean(),
    subtree_as_ids: v.boolean(),
    include_limits: v.boolean(),
  },
  flags: ["parents_as_list", "parents_as_ids", "subtree_as_list", "subtree_as_ids", "include_limits"],
  required: ["name"],
  readOnly: ["id", "links"],
  // Keystone refuses to move a project or to change what kind of project it is.
  createOnly: ["domain_id", "is_domain", "parent_id"],
  updateMethod: "PATCH",
  actions: {
    /** The projects the current token's user may scope to (a non-admin's own list). */
    listAuthProjects: {
      method: "GET",
      path: "auth/projects",
      returns: "json",
      resultKey: "projects",
      schema: v.array(Project),
    },
    /** The projects a user has a role on, as openstacksdk's `user_projects`. */
    listUserProjects: {
      method: "GET",
      path: "users/{user}/projects",
      returns: "json",
      resultKey: "projects",
      schema: v.array(Project),
    },
    getProjectTags: { method: "GET", path: tags, returns: "json", resultKey: "tags", schema: v.array(v.string()) },
    /** Replaces all the project's tags with `tags`. */
    setProjectTags: {
      method: "PUT",
      path: tags,
      body: ({ tags }: { tags: readonly string[] }) => ({ tags }),
      returns: "json",
    },
    addProjectTag: { method: "PUT", path: tag },
    // Keystone answers GET (not HEAD) with 204 for a tag the project has.
    checkProjectTag: { method: "GET", path: tag, returns: "exists" },
    removeProjectTag: { method: "DELETE", path: tag },
    removeAllProjectTags: { method: "DELETE", path: tags },
  },
});

/** A Project as the API returns it (its declared fields; extra fields pass through at run time). */
export type Project = Item<typeof projects>;

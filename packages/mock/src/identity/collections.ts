// Keystone's domains, projects, users and roles, declared as data for the generic engine.
import { ApiError } from "../engine/api-error.js";
import type { CollectionSpec } from "../engine/collection.js";
import { hexId } from "../engine/ids.js";
import type { Ctx, Row } from "../engine/types.js";
import { conflict, forbiddenFor, notFound, withSelf } from "./keystone.js";
import { revokeTokensOf } from "./token-store.js";

const keystone = {
  paging: "keystone",
  unknownFilters: "ignore",
  updateMethod: "PATCH",
  verbs: ["list", "get", "create", "update", "delete"],
} as const;

/** Keystone 2025.1 pages these with `limit` and `marker` (users, groups, projects, domains). */
const keystonePaged = {
  ...keystone,
  paging: "keystone-paged",
  badMarker: (marker: string) => new ApiError(404, `Marker ${marker} could not be found.`),
} as const;

const tagFilters = {
  tags: "tags",
  "tags-any": "tags-any",
  "not-tags": "not-tags",
  "not-tags-any": "not-tags-any",
} as const;

/** The domain a new project or user goes to: the one asked for, else the token's project's. */
function domainFor(input: Row, ctx: Ctx): string {
  const id =
    (input["domain_id"] as string | undefined) ??
    ctx.cloud.state.projects.find((p) => p.id === ctx.auth?.projectId)?.domain_id ??
    "default";
  if (!ctx.cloud.state.domains.some((d) => d.id === id)) throw new ApiError(400, `Could not find domain: ${id}.`);
  return id;
}

const dropAssignments = (ctx: Ctx, test: (a: Row) => boolean) => {
  const { state } = ctx.cloud;
  state.roleAssignments = state.roleAssignments.filter((a) => !test(a as Row));
};

export const domains: CollectionSpec = {
  ...keystonePaged,
  state: "domains",
  path: "v3/domains",
  key: "domain",
  pluralKey: "domains",
  filters: { name: "exact", enabled: "bool" },
  access: { admin: "all", adminOnly: "all", forbidden: forbiddenFor("domain", "domains") },
  notFound: notFound("domain"),
  build: (input, ctx) => {
    if (typeof input["name"] !== "string")
      throw new ApiError(400, "Invalid input for field 'name': a domain needs a name.");
    if (ctx.cloud.state.domains.some((d) => d.name === input["name"]))
      throw conflict("domain", `Duplicate entry found with name ${input["name"]}.`);
    const { explicit_domain_id, ...rest } = input;
    return { id: explicit_domain_id ?? hexId(), description: "", enabled: true, tags: [], options: {}, ...rest };
  },
  view: withSelf("domains"),
  remove: (item, ctx) => {
    if (item["enabled"] !== false)
      throw new ApiError(403, "Cannot delete a domain that is enabled, please disable it first.");
    dropAssignments(ctx, (a) => a["domain_id"] === item.id);
    return "now";
  },
};

export const projects: CollectionSpec = {
  ...keystonePaged,
  state: "projects",
  path: "v3/projects",
  key: "project",
  pluralKey: "projects",
  filters: { domain_id: "exact", enabled: "bool", is_domain: "bool", name: "exact", parent_id: "exact", ...tagFilters },
  access: {
    admin: "all",
    allow: (ctx, verb) => ctx.auth?.isAdmin === true || (verb === "get" && ctx.params["id"] === ctx.auth?.projectId),
    forbidden: forbiddenFor("project", "projects"),
  },
  notFound: notFound("project"),
  build: (input, ctx) => {
    if (typeof input["name"] !== "string")
      throw new ApiError(400, "Invalid input for field 'name': a project needs a name.");
    const domainId = domainFor(input, ctx);
    const id = (input["id"] as string | undefined) ?? hexId();
    if (ctx.cloud.state.projects.some((p) => p.name === input["name"] && p.domain_id === domainId)) {
      throw conflict(
        "project",
        `it is not permitted to have two projects with either the same name or same id in the same domain: name is ${input["name"]}, project id ${id}.`,
      );
    }
    return {
      id,
      description: "",
      enabled: true,
      parent_id: input["parent_id"] ?? domainId,
      is_domain: false,
      tags: [],
      options: {},
      ...input,
      domain_id: domainId,
    };
  },
  change: (item, input) => {
    for (const field of ["domain_id", "is_domain", "parent_id", "id"]) {
      if (field in input && input[field] !== item[field])
        throw new ApiError(400, `Update of \`${field}\` is not allowed.`);
    }
    Object.assign(item, input);
  },
  view: withSelf("projects"),
  remove: (item, ctx) => {
    dropAssignments(ctx, (a) => a["project_id"] === item.id);
    return "now";
  },
};

export const users: CollectionSpec = {
  ...keystonePaged,
  state: "users",
  path: "v3/users",
  key: "user",
  pluralKey: "users",
  filters: { domain_id: "exact", enabled: "bool", name: "exact", unique_id: { field: "id" } },
  access: {
    admin: "all",
    allow: (ctx, verb) => ctx.auth?.isAdmin === true || (verb === "get" && ctx.params["id"] === ctx.auth?.userId),
    forbidden: forbiddenFor("user", "users"),
  },
  notFound: notFound("user"),
  hidden: ["password"],
  build: (input, ctx) => {
    if (typeof input["name"] !== "string")
      throw new ApiError(400, "Invalid input for field 'name': a user needs a name.");
    const domainId = domainFor(input, ctx);
    if (ctx.cloud.state.users.some((u) => u.name === input["name"] && u.domain_id === domainId)) {
      throw conflict("user", `Duplicate entry found with name ${input["name"]} at domain ID ${domainId}.`);
    }
    return { id: hexId(), enabled: true, password_expires_at: null, options: {}, ...input, domain_id: domainId };
  },
  change: (item, input, ctx) => {
    if ("password" in input || input["enabled"] === false) revokeTokensOf(ctx.cloud.state, item.id);
    Object.assign(item, input);
  },
  view: withSelf("users", ["password"]),
  remove: (item, ctx) => {
    const { state } = ctx.cloud;
    dropAssignments(ctx, (a) => a["user_id"] === item.id);
    state.applicationCredentials = state.applicationCredentials.filter((c) => c.user_id !== item.id);
    revokeTokensOf(state, item.id);
    return "now";
  },
};

/** Groups without members: Keystone's group memberships and group grants are not faked. */
export const groups: CollectionSpec = {
  ...keystonePaged,
  state: "groups",
  path: "v3/groups",
  key: "group",
  pluralKey: "groups",
  filters: { domain_id: "exact", name: "exact" },
  access: { admin: "all", adminOnly: "all", forbidden: forbiddenFor("group", "groups") },
  notFound: notFound("group"),
  build: (input, ctx) => {
    if (typeof input["name"] !== "string")
      throw new ApiError(400, "Invalid input for field 'name': a group needs a name.");
    const domainId = domainFor(input, ctx);
    if (ctx.cloud.state.groups.some((g) => g.name === input["name"] && g.domain_id === domainId)) {
      throw conflict("group", `Duplicate entry found with name ${input["name"]} at domain ID ${domainId}.`);
    }
    return { id: hexId(), ...input, domain_id: domainId };
  },
  view: withSelf("groups"),
};

export const roles: CollectionSpec = {
  ...keystone,
  state: "roles",
  path: "v3/roles",
  key: "role",
  pluralKey: "roles",
  filters: { name: "exact", domain_id: "exact" },
  access: { admin: "all", adminOnly: "all", forbidden: forbiddenFor("role", "roles") },
  notFound: notFound("role"),
  build: (input, ctx) => {
    if (typeof input["name"] !== "string")
      throw new ApiError(400, "Invalid input for field 'name': a role needs a name.");
    const domainId = input["domain_id"] ?? null;
    if (ctx.cloud.state.roles.some((r) => r.name === input["name"] && (r.domain_id ?? null) === domainId)) {
      throw conflict("role", `Duplicate entry found with name ${input["name"]}.`);
    }
    return { id: hexId(), domain_id: null, description: null, options: {}, ...input };
  },
  view: withSelf("roles"),
  remove: (item, ctx) => {
    const { state } = ctx.cloud;
    dropAssignments(ctx, (a) => a["role_id"] === item.id);
    state.roleInferences = state.roleInferences.filter(
      (r) => r.prior_role_id !== item.id && r.implied_role_id !== item.id,
    );
    return "now";
  },
};

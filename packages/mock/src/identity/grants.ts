import type { AssignmentRecord } from "../cloud/state.js";
import { ApiError } from "../engine/api-error.js";
import { empty, json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { notFound, requireAdmin, v3, withSelf } from "./keystone.js";
import { revokeTokensOf } from "./token-store.js";

type SessionOrClient = "projects" | "domains" | "system";

function lookup(ctx: Ctx, kind: "project" | "domain" | "user" | "role", id: string): Row {
  const { state } = ctx.cloud;
  const rows = { project: state.projects, domain: state.domains, user: state.users, role: state.roles }[kind];
  const row = rows.find((r) => r.id === id);
  if (!row) throw notFound(kind)(id);
  return row;
}

/** The assignment a grant URL names, after checking that its parts exist. */
function grantOf(ctx: Ctx, target: SessionOrClient): AssignmentRecord {
  const { params } = ctx;
  if (params["group_id"] !== undefined) throw notFound("group")(params["group_id"]);
  lookup(ctx, "user", params["user_id"]!);
  if (params["role_id"] !== undefined) lookup(ctx, "role", params["role_id"]);
  if (target === "projects") lookup(ctx, "project", params["target_id"]!);
  if (target === "domains") lookup(ctx, "domain", params["target_id"]!);
  return {
    role_id: params["role_id"] ?? "",
    user_id: params["user_id"],
    ...(target === "projects" && { project_id: params["target_id"] }),
    ...(target === "domains" && { domain_id: params["target_id"] }),
    ...(target === "system" && { system: "all" as const }),
  };
}

const same = (a: AssignmentRecord, b: AssignmentRecord, withRole = true) =>
  (!withRole || a.role_id === b.role_id) &&
  a.user_id === b.user_id &&
  a.project_id === b.project_id &&
  a.domain_id === b.domain_id &&
  a.system === b.system;

function missing(grant: AssignmentRecord, target: string): ApiError {
  return new ApiError(
    404,
    `Could not find role assignment with role: ${grant.role_id}, user or group: ${grant.user_id}, project, domain, or system: ${target}.`,
  );
}

/**
 * Role grants: PUT to assign, HEAD/GET to check (204 or 404), DELETE to unassign, and the
 * list of a user's roles on a project, a domain or the system. Groups are not modelled.
 */
export function grantRoutes(): Route[] {
  const routes: Route[] = [];
  const bases: [SessionOrClient, string][] = [
    ["projects", "v3/projects/:target_id"],
    ["domains", "v3/domains/:target_id"],
    ["system", "v3/system"],
  ];
  for (const [target, base] of bases) {
    for (const actor of ["users/:user_id", "groups/:group_id"]) {
      const path = `${base}/${actor}/roles/:role_id`;
      const where = (ctx: Ctx) => (target === "system" ? "system" : ctx.params["target_id"]!);
      routes.push(
        {
          method: "PUT",
          path,
          handle: (ctx) => {
            requireAdmin(ctx, `create_${target === "system" ? "system" : target.slice(0, -1)}_grant`);
            const grant = grantOf(ctx, target);
            const { state } = ctx.cloud;
            if (!state.roleAssignments.some((a) => same(a, grant))) state.roleAssignments.push(grant);
            return empty(204);
          },
        },
        {
          method: ["GET", "HEAD"],
          path,
          handle: (ctx) => {
            requireAdmin(ctx, "check_grant");
            const grant = grantOf(ctx, target);
            if (!ctx.cloud.state.roleAssignments.some((a) => same(a, grant))) throw missing(grant, where(ctx));
            return empty(204);
          },
        },
        {
          method: "DELETE",
          path,
          handle: (ctx) => {
            requireAdmin(ctx, "revoke_grant");
            const grant = grantOf(ctx, target);
            const { state } = ctx.cloud;
            const index = state.roleAssignments.findIndex((a) => same(a, grant));
            if (index < 0) throw missing(grant, where(ctx));
            state.roleAssignments.splice(index, 1);
            // Keystone revokes the user's tokens on what the role was removed from.
            revokeTokensOf(state, grant.user_id!, grant.project_id);
            return empty(204);
          },
        },
      );
      routes.push({
        method: "GET",
        path: `${base}/${actor}/roles`,
        handle: (ctx) => {
          requireAdmin(ctx, "list_grants");
          const grant = grantOf(ctx, target);
          const { state } = ctx.cloud;
          const roleIds = state.roleAssignments.filter((a) => same(a, grant, false)).map((a) => a.role_id);
          const roles = state.roles.filter((r) => roleIds.includes(r.id)).map((r) => withSelf("roles")(r, ctx));
          return json({ roles, links: { self: ctx.url.toString(), previous: null, next: null } });
        },
      });
    }
  }
  routes.push({
    method: "GET",
    path: "v3/users/:user_id/projects",
    handle: (ctx) => {
      if (!ctx.auth?.isAdmin && ctx.auth?.userId !== ctx.params["user_id"]) requireAdmin(ctx, "list_user_projects");
      const user = lookup(ctx, "user", ctx.params["user_id"]!);
      const { state } = ctx.cloud;
      const ids = new Set(
        state.roleAssignments.filter((a) => a.user_id === user.id && a.project_id).map((a) => a.project_id),
      );
      const projects = state.projects.filter((p) => ids.has(p.id)).map((p) => withSelf("projects")(p, ctx));
      return json({ projects, links: { self: `${v3(ctx)}/users/${user.id}/projects`, previous: null, next: null } });
    },
  });
  return routes;
}

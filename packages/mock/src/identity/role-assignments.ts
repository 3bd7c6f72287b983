import type { AssignmentRecord } from "../cloud/state.js";
import { json } from "../engine/respond.js";
import type { Ctx, Route, Row } from "../engine/types.js";
import { requireAdmin, v3 } from "./keystone.js";
import { withImplied } from "./token-store.js";

const named = (rows: Row[], id: string, withDomain: boolean, domains: Row[]) => {
  const row = rows.find((r) => r.id === id);
  const domain = withDomain && row ? domains.find((d) => d.id === row["domain_id"]) : undefined;
  return {
    id,
    ...(row && { name: row["name"] }),
    ...(domain && { domain: { id: domain["id"], name: domain["name"] } }),
  };
};

function entry(ctx: Ctx, assignment: AssignmentRecord, names: boolean): Row {
  const { state } = ctx.cloud;
  const scope = assignment.project_id
    ? {
        project: names
          ? named(state.projects, assignment.project_id, true, state.domains)
          : { id: assignment.project_id },
      }
    : assignment.domain_id
      ? {
          domain: names
            ? named(state.domains, assignment.domain_id, false, state.domains)
            : { id: assignment.domain_id },
        }
      : { system: { all: true } };
  const target = assignment.project_id
    ? `projects/${assignment.project_id}`
    : assignment.domain_id
      ? `domains/${assignment.domain_id}`
      : "system";
  return {
    links: { assignment: `${v3(ctx)}/${target}/users/${assignment.user_id}/roles/${assignment.role_id}` },
    scope,
    user: names ? named(state.users, assignment.user_id!, true, state.domains) : { id: assignment.user_id },
    role: names ? named(state.roles, assignment.role_id, false, state.domains) : { id: assignment.role_id },
  };
}

/**
 * GET /v3/role_assignments with Keystone's filters (`user.id`, `role.id`, `scope.project.id`,
 * `scope.domain.id`, `scope.system`), `include_names`, and `effective` (which adds implied roles).
 */
export function roleAssignmentRoutes(): Route[] {
  return [
    {
      method: "GET",
      path: "v3/role_assignments",
      handle: (ctx) => {
        requireAdmin(ctx, "list_role_assignments");
        const q = ctx.query;
        let rows: AssignmentRecord[] = ctx.cloud.state.roleAssignments.filter((a) => a.user_id !== undefined);
        if (q.has("effective")) {
          rows = rows.flatMap((a) => withImplied(ctx.cloud.state, [a.role_id]).map((role_id) => ({ ...a, role_id })));
        }
        const want = (name: string, actual: string | undefined) => !q.has(name) || q.get(name) === actual;
        rows = rows.filter(
          (a) =>
            want("user.id", a.user_id) &&
            want("role.id", a.role_id) &&
            want("scope.project.id", a.project_id) &&
            want("scope.domain.id", a.domain_id) &&
            (!q.has("scope.system") || a.system === "all") &&
            !q.has("group.id"),
        );
        const names = q.has("include_names") && q.get("include_names")?.toLowerCase() !== "false";
        return json({
          role_assignments: rows.map((a) => entry(ctx, a, names)),
          links: { next: null, self: ctx.url.toString(), previous: null },
        });
      },
    },
  ];
}

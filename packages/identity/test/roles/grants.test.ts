import { ForbiddenError, InvalidArgumentError, NotFoundError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import { grantIds } from "./fixtures.js";
import { roles } from "../../src/roles/role.js";

const { server, setup } = identityCloud();
const { project, domain, user, group, role } = grantIds;

/** Every grant action, with the request it must send. */
const grants = [
  ["assignProjectRoleToUser", "PUT", `/v3/projects/${project}/users/${user}/roles/${role}`],
  ["unassignProjectRoleFromUser", "DELETE", `/v3/projects/${project}/users/${user}/roles/${role}`],
  ["validateUserHasProjectRole", "HEAD", `/v3/projects/${project}/users/${user}/roles/${role}`],
  ["assignProjectRoleToGroup", "PUT", `/v3/projects/${project}/groups/${group}/roles/${role}`],
  ["unassignProjectRoleFromGroup", "DELETE", `/v3/projects/${project}/groups/${group}/roles/${role}`],
  ["validateGroupHasProjectRole", "HEAD", `/v3/projects/${project}/groups/${group}/roles/${role}`],
  ["assignDomainRoleToUser", "PUT", `/v3/domains/${domain}/users/${user}/roles/${role}`],
  ["unassignDomainRoleFromUser", "DELETE", `/v3/domains/${domain}/users/${user}/roles/${role}`],
  ["validateUserHasDomainRole", "HEAD", `/v3/domains/${domain}/users/${user}/roles/${role}`],
  ["assignDomainRoleToGroup", "PUT", `/v3/domains/${domain}/groups/${group}/roles/${role}`],
  ["unassignDomainRoleFromGroup", "DELETE", `/v3/domains/${domain}/groups/${group}/roles/${role}`],
  ["validateGroupHasDomainRole", "HEAD", `/v3/domains/${domain}/groups/${group}/roles/${role}`],
] as const;

/** Answers every grant URL with 204, or with `status` for the ones `missing` names. */
function grantHandlers(status: (path: string) => number = () => 204) {
  const answer = ({ request }: { request: Request }) => {
    const code = status(new URL(request.url).pathname);
    return code === 204 ? noContent() : new HttpResponse(null, { status: code });
  };
  return ["put", "delete", "head"].map((method) =>
    http[method as "put" | "delete" | "head"](`${API}/:scope/:scopeId/:actor/:actorId/roles/:roleId`, answer),
  );
}

describe("role grants", () => {
  it("declares the twelve openstacksdk grant calls on roles", () => {
    expect(Object.keys(roles.actions).sort()).toEqual(grants.map(([name]) => name).sort());
  });

  it.each(grants)("%s sends %s %s", async (name, method, path) => {
    const { facade, seen } = setup();
    server.use(...grantHandlers());
    // Each grant takes ids or resources: a project object here, ids for the rest.
    const result = await facade[name]({ project: { id: project }, domain, user, group, role });
    expect(seen.map(sent)).toEqual([`${method} ${path}`]);
    expect(result).toBe(method === "HEAD" ? true : undefined);
  });

  it("validate… answers true on 204 and false on 404", async () => {
    const { facade, seen } = setup();
    server.use(...grantHandlers((path) => (path.includes(`/users/${user}/`) ? 204 : 404)));
    expect(await facade.validateUserHasProjectRole({ project, user, role })).toBe(true);
    expect(await facade.validateGroupHasProjectRole({ project, group, role })).toBe(false);
    expect(await facade.validateUserHasDomainRole({ domain, user, role })).toBe(true);
    expect(await facade.validateGroupHasDomainRole({ domain, group, role })).toBe(false);
    expect(seen.map((r) => r.method)).toEqual(["HEAD", "HEAD", "HEAD", "HEAD"]);
  });

  it("validate… still throws what is not a 404", async () => {
    const { facade } = setup();
    server.use(...grantHandlers(() => 403));
    await expect(facade.validateUserHasProjectRole({ project, user, role })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("assign and unassign report a missing role as NotFoundError", async () => {
    const { facade } = setup();
    server.use(
      http.put(`${API}/projects/:p/users/:u/roles/:r`, () => notFound(`Could not find role: ${role}.`)),
      http.delete(`${API}/projects/:p/users/:u/roles/:r`, () => notFound(`Could not find role assignment.`)),
    );
    await expect(facade.assignProjectRoleToUser({ project, user, role })).rejects.toThrow(
      `Could not find role: ${role}.`,
    );
    await expect(facade.unassignProjectRoleFromUser({ project, user, role })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("checks its arguments at compile time and before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: the role is missing
    await expect(facade.assignDomainRoleToGroup({ domain, group })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(facade.assignDomainRoleToGroup({ domain, group: "a/b", role })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    // @ts-expect-error: openstacksdk's name is assignProjectRoleToUser
    expect(facade.assignRoleToUser).toBeUndefined();
    expect(seen).toHaveLength(0);
  });
});

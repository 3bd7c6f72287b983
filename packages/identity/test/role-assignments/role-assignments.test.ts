import { InvalidArgumentError } from "@openstack-ts/core";
import { http } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, sent } from "../fixtures.js";
import { effectiveWithNames, groupOnProject, userOnDomain, userOnSystem } from "./fixtures.js";
import { roleAssignments } from "../../src/role-assignments/role-assignment.js";

const { server, setup } = identityCloud();

describe("role assignments", () => {
  it("lists user and group grants on domains, projects and the system", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/role_assignments`, () =>
        collection("role_assignments", [userOnDomain, groupOnProject, userOnSystem]),
      ),
    );
    const all = await facade.listRoleAssignments();
    expect(all.map((a) => [a.user?.id ?? a.group?.id, a.scope.domain?.id ?? a.scope.project?.id ?? "system"])).toEqual([
      ["313233", "161718"],
      ["101112", "456789"],
      ["313233", "system"],
    ]);
    expect(all[2]?.scope.system?.all).toBe(true);
    expect(sent(seen[0]!)).toBe("GET /v3/role_assignments");
  });

  it("sends the dotted filters and switches by their wire names", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/role_assignments`, () => collection("role_assignments", [effectiveWithNames])));
    const [one] = await facade.listRoleAssignments({
      "user.id": "313233",
      "scope.project.id": "456789",
      effective: true,
      include_names: true,
      include_subtree: false,
    });
    expect(one).toMatchObject({
      user: { name: "admin" },
      scope: { project: { name: "admin", domain: { name: "Default" } } },
    });
    expect(one?.links?.membership).toBe("http://example.com/identity/v3/groups/101112/users/313233");
    expect(sent(seen[0]!)).toBe(
      "GET /v3/role_assignments?user.id=313233&scope.project.id=456789&effective=&include_names=",
    );
  });

  it("asks for a project's subtree, by group and role", async () => {
    const { session, seen } = setup();
    server.use(http.get(`${API}/role_assignments`, () => collection("role_assignments", [groupOnProject])));
    const query = { "group.id": "101112", "role.id": "123456", "scope.project.id": "456789", include_subtree: true };
    expect(await roleAssignments.list(session, query)).toHaveLength(1);
    expect(sent(seen[0]!)).toBe(
      "GET /v3/role_assignments?group.id=101112&role.id=123456&scope.project.id=456789&include_subtree=",
    );
  });

  it("is list-only and knows its filters", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: Keystone filters by `user.id`
    await expect(facade.listRoleAssignments({ user_id: "313233" })).rejects.toBeInstanceOf(InvalidArgumentError);
    // @ts-expect-error: role assignments have no id to get
    expect(facade.getRoleAssignment).toBeUndefined();
    expect(seen).toHaveLength(0);
  });
});

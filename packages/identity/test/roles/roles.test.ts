import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import { globalRoleBody, roleBody } from "./fixtures.js";

const { server, setup } = identityCloud();

describe("roles", () => {
  it("lists, filtered by name", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/roles`, () => collection("roles", [globalRoleBody])));
    const all = await facade.listRoles({ name: "service" });
    expect(all[0]).toMatchObject({ name: "service", description: null });
    expect(all[0]?.domain_id).toBeUndefined();
    expect(sent(seen[0]!)).toBe("GET /v3/roles?name=service");
  });

  it("gets a domain-specific role", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/roles/:id`, () => HttpResponse.json({ role: roleBody })));
    expect((await facade.getRole(roleBody.id)).domain_id).toBe(roleBody.domain_id);
    expect(sent(seen[0]!)).toBe(`GET /v3/roles/${roleBody.id}`);
  });

  it("creates inside the role envelope", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/roles`, () => HttpResponse.json({ role: { ...roleBody, name: "developer" } }, { status: 201 })),
    );
    const body = { name: "developer", description: "My new role", domain_id: roleBody.domain_id };
    expect((await facade.createRole(body)).id).toBe(roleBody.id);
    expect(await seen[0]!.json()).toEqual({ role: body });
  });

  it("updates with PATCH, never the domain, and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${API}/roles/:id`, () => HttpResponse.json({ role: roleBody })),
      http.delete(`${API}/roles/:id`, () => noContent()),
    );
    expect((await facade.updateRole(roleBody.id, { name: "Developer", description: "My new role" })).name).toBe(
      "Developer",
    );
    // @ts-expect-error: Keystone refuses to move a role between domains
    await expect(facade.updateRole(roleBody.id, { domain_id: null })).rejects.toThrow(/'domain_id' cannot be set/);
    await facade.deleteRole(roleBody);
    expect(await seen[0]!.json()).toEqual({ role: { name: "Developer", description: "My new role" } });
    expect(seen.map(sent)).toEqual([`PATCH /v3/roles/${roleBody.id}`, `DELETE /v3/roles/${roleBody.id}`]);
  });

  it("finds by name", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/roles/:id`, () => notFound("Could not find role: service.")),
      http.get(`${API}/roles`, () => collection("roles", [globalRoleBody])),
    );
    expect((await facade.findRole("service"))?.id).toBe(globalRoleBody.id);
    expect(seen.map(sent)).toEqual(["GET /v3/roles/service", "GET /v3/roles?name=service"]);
  });
});

import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import { createdUserBody, federated, otherUserBody, userBody } from "./fixtures.js";

const { server, setup } = identityCloud();

describe("users", () => {
  it("lists with filters, the password expiry filter carrying its operator", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/users`, () => collection("users", [userBody, otherUserBody])));
    const all = await facade.listUsers({ domain_id: "default", password_expires_at: "lt:2016-12-08T22:02:00Z" });
    expect(all.map((u) => u.name)).toEqual(["jsmith", "glance"]);
    expect(all[1]?.password_expires_at).toBeNull();
    expect(sent(seen[0]!)).toBe("GET /v3/users?domain_id=default&password_expires_at=lt%3A2016-12-08T22%3A02%3A00Z");
  });

  it("gets one user", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/users/:id`, () => HttpResponse.json({ user: userBody })));
    expect(await facade.getUser("9fe1d3")).toMatchObject({
      name: "jsmith",
      default_project_id: "263fd9",
      federated: [],
    });
    expect(sent(seen[0]!)).toBe("GET /v3/users/9fe1d3");
  });

  it("creates inside the user envelope, password and federation included", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/users`, () => HttpResponse.json({ user: createdUserBody }, { status: 201 })));
    const body = {
      name: "James Doe",
      domain_id: "1789d1",
      default_project_id: "263fd9",
      enabled: true,
      password: "secretsecret",
      description: "James Doe user",
      email: "jdoe@example.com",
      federated,
      options: { ignore_password_expiry: true },
    };
    const created = await facade.createUser(body);
    expect(created.id).toBe("ff4e51");
    expect(created.federated?.[0]?.protocols[0]?.protocol_id).toBe("mapped");
    expect(await seen[0]!.json()).toEqual({ user: body });
  });

  it("refuses server-set fields before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: Keystone sets the expiry
    await expect(facade.updateUser("ff4e51", { password_expires_at: null })).rejects.toThrow(
      /'password_expires_at' cannot be set/,
    );
    expect(seen).toHaveLength(0);
  });

  it("updates with PATCH and deletes", async () => {
    const { facade, seen } = setup();
    server.use(
      http.patch(`${API}/users/:id`, () =>
        HttpResponse.json({ user: { ...userBody, options: { ignore_lockout_failure_attempts: true } } }),
      ),
      http.delete(`${API}/users/:id`, () => noContent()),
    );
    const patch = { default_project_id: "263fd9", enabled: true, options: { ignore_lockout_failure_attempts: true } };
    expect((await facade.updateUser(userBody, patch)).options).toEqual({ ignore_lockout_failure_attempts: true });
    await facade.deleteUser(userBody);
    expect(await seen[0]!.json()).toEqual({ user: patch });
    expect(seen.map(sent)).toEqual(["PATCH /v3/users/9fe1d3", "DELETE /v3/users/9fe1d3"]);
  });

  it("finds by name within a domain", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/users/:id`, () => notFound("Could not find user: glance.")),
      http.get(`${API}/users`, () => collection("users", [otherUserBody])),
    );
    expect((await facade.findUser("glance", { domain_id: "default" }))?.id).toBe(otherUserBody.id);
    expect(seen.map(sent)).toEqual(["GET /v3/users/glance", "GET /v3/users?domain_id=default&name=glance"]);
  });
});

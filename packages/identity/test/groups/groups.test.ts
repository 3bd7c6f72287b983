import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import { groupBody, otherGroupBody } from "./fixtures.js";

const { server, setup } = identityCloud();

describe("groups", () => {
  it("lists, filtered by domain", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/groups`, () => collection("groups", [groupBody, otherGroupBody])));
    expect((await facade.listGroups({ domain_id: "default" })).map((g) => g.name)).toEqual([
      "Contract developers",
      "admins",
    ]);
    expect(sent(seen[0]!)).toBe("GET /v3/groups?domain_id=default");
  });

  it("gets one group", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/groups/:id`, () => HttpResponse.json({ group: groupBody })));
    expect((await facade.getGroup(groupBody.id)).description).toBe("Contract developers");
    expect(sent(seen[0]!)).toBe(`GET /v3/groups/${groupBody.id}`);
  });

  it("creates inside the group envelope", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/groups`, () => HttpResponse.json({ group: groupBody }, { status: 201 })));
    const body = { name: "Contract developers", description: "Contract developers", domain_id: "default" };
    expect((await facade.createGroup(body)).id).toBe(groupBody.id);
    expect(await seen[0]!.json()).toEqual({ group: body });
  });

  it("updates with PATCH and deletes", async () => {
    const { facade, seen } = setup();
    const patch = { name: "Contract developers 2016", description: "Contract developers 2016" };
    server.use(
      http.patch(`${API}/groups/:id`, () => HttpResponse.json({ group: { ...groupBody, ...patch } })),
      http.delete(`${API}/groups/:id`, () => noContent()),
    );
    expect((await facade.updateGroup(groupBody, patch)).name).toBe("Contract developers 2016");
    await facade.deleteGroup(groupBody.id);
    expect(await seen[0]!.json()).toEqual({ group: patch });
    expect(seen.map(sent)).toEqual([`PATCH /v3/groups/${groupBody.id}`, `DELETE /v3/groups/${groupBody.id}`]);
  });

  it("finds by name", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/groups/:id`, () => notFound("Could not find group: admins.")),
      http.get(`${API}/groups`, () => collection("groups", [otherGroupBody])),
    );
    expect((await facade.findGroup("admins"))?.id).toBe(otherGroupBody.id);
    expect(seen.map(sent)).toEqual(["GET /v3/groups/admins", "GET /v3/groups?name=admins"]);
  });
});

import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, CONTAINER_ID, containerRef, keyManagerCloud, SECRET_ID, secretRef, sent } from "../fixtures.js";

const { server, setup } = keyManagerCloud();

describe("ACLs", () => {
  it("are replaced with PUT, changed with PATCH, removed with DELETE, and read back after a write", async () => {
    const { facade, seen } = setup();
    const bodies: unknown[] = [];
    const acl = { read: { users: ["u1"], "project-access": false, created: "t", updated: "t" } };
    const write = async ({ request }: { request: Request }) => {
      bodies.push(await request.json());
      return HttpResponse.json({ acl_ref: `${secretRef()}/acl` });
    };
    server.use(
      http.put(`${API}/secrets/:id/acl`, write),
      http.patch(`${API}/containers/:id/acl`, write),
      http.get(`${API}/secrets/:id/acl`, () => HttpResponse.json(acl)),
      http.get(`${API}/containers/:id/acl`, () => HttpResponse.json(acl)),
      http.delete(`${API}/secrets/:id/acl`, () => new HttpResponse(null, { status: 200 })),
    );
    expect(await facade.setSecretAcl(secretRef(), { read: { users: ["u1"], "project-access": false } })).toEqual(acl);
    expect(await facade.updateContainerAcl(containerRef(), { read: { users: ["u1"] } })).toEqual(acl);
    await facade.deleteSecretAcl(SECRET_ID);
    expect(bodies).toEqual([{ read: { users: ["u1"], "project-access": false } }, { read: { users: ["u1"] } }]);
    expect(seen.map(sent)).toEqual([
      `PUT /v1/secrets/${SECRET_ID}/acl`,
      `GET /v1/secrets/${SECRET_ID}/acl`,
      `PATCH /v1/containers/${CONTAINER_ID}/acl`,
      `GET /v1/containers/${CONTAINER_ID}/acl`,
      `DELETE /v1/secrets/${SECRET_ID}/acl`,
    ]);
  });
});

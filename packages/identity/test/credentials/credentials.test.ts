import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import { createCredentialRequest, createdCredentialBody, credentialBody } from "./fixtures.js";

const { server, setup } = identityCloud();

describe("credentials", () => {
  it("lists one user's credentials of one type", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/credentials`, () => collection("credentials", [credentialBody])));
    const [one] = await facade.listCredentials({ user_id: credentialBody.user_id, type: "ec2" });
    expect(JSON.parse(one!.blob)).toMatchObject({ access: "a42a27755ce6442596b049bd7dd8a563" });
    expect(sent(seen[0]!)).toBe(`GET /v3/credentials?user_id=${credentialBody.user_id}&type=ec2`);
  });

  it("gets one credential", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/credentials/:id`, () => HttpResponse.json({ credential: credentialBody })));
    expect((await facade.getCredential(credentialBody.id)).project_id).toBe(credentialBody.project_id);
    expect(sent(seen[0]!)).toBe(`GET /v3/credentials/${credentialBody.id}`);
  });

  it("creates inside the credential envelope, needing blob, type and user", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(`${API}/credentials`, () => HttpResponse.json({ credential: createdCredentialBody }, { status: 201 })),
    );
    expect((await facade.createCredential(createCredentialRequest)).id).toBe(createdCredentialBody.id);
    expect(await seen[0]!.json()).toEqual({ credential: createCredentialRequest });
    // @ts-expect-error: the owner is required
    await expect(facade.createCredential({ blob: "{}", type: "totp" })).rejects.toThrow(/needs 'user_id'/);
    expect(seen).toHaveLength(1);
  });

  it("updates with PATCH and deletes", async () => {
    const { facade, seen } = setup();
    const blob = '{"access":"181920","secret":"newSecret"}';
    server.use(
      http.patch(`${API}/credentials/:id`, () => HttpResponse.json({ credential: { ...createdCredentialBody, blob } })),
      http.delete(`${API}/credentials/:id`, () => noContent()),
    );
    expect((await facade.updateCredential(createdCredentialBody, { blob })).blob).toBe(blob);
    await facade.deleteCredential(createdCredentialBody);
    expect(await seen[0]!.json()).toEqual({ credential: { blob } });
    expect(seen.map(sent)).toEqual([
      `PATCH /v3/credentials/${createdCredentialBody.id}`,
      `DELETE /v3/credentials/${createdCredentialBody.id}`,
    ]);
  });

  it("finds by id; a miss lists with the filters given", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/credentials/:id`, ({ params }) =>
        params["id"] === credentialBody.id
          ? HttpResponse.json({ credential: credentialBody })
          : notFound(`Could not find credential: ${String(params["id"])}.`),
      ),
      http.get(`${API}/credentials`, () => collection("credentials", [credentialBody])),
    );
    expect((await facade.findCredential(credentialBody.id))?.type).toBe("ec2");
    expect(await facade.findCredential("other", { user_id: credentialBody.user_id })).toBeNull();
    expect(seen.map(sent).slice(1)).toEqual([
      "GET /v3/credentials/other",
      `GET /v3/credentials?user_id=${credentialBody.user_id}`,
    ]);
  });
});

import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, collection, identityCloud, noContent, notFound, sent } from "../fixtures.js";
import { applicationCredentials } from "../../src/application-credentials/application-credential.js";
import {
  applicationCredentialBody,
  backupsCredentialBody,
  createApplicationCredentialRequest,
  createdApplicationCredentialBody,
  userId,
} from "./fixtures.js";

const { server, setup } = identityCloud();
const COLLECTION = `${API}/users/:user/application_credentials`;

describe("application credentials", () => {
  it("lists one user's credentials, filtered by name", async () => {
    const { facade, seen } = setup();
    server.use(http.get(COLLECTION, () => collection("application_credentials", [applicationCredentialBody])));
    const [one] = await facade.listApplicationCredentials({ user_id: userId, name: "monitoring" });
    expect(one?.access_rules?.[0]).toMatchObject({ service: "monitoring", method: "GET" });
    expect(sent(seen[0]!)).toBe(`GET /v3/users/${userId}/application_credentials?name=monitoring`);
  });

  it("needs the user, at compile time and before sending", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: user_id is required
    await expect(facade.listApplicationCredentials()).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(facade.getApplicationCredential(applicationCredentialBody.id)).rejects.toThrow(/'user_id' is needed/);
    expect(seen).toHaveLength(0);
  });

  it("gets by id under a user given as a resource, or from the credential itself", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${COLLECTION}/:id`, () => HttpResponse.json({ application_credential: applicationCredentialBody })),
    );
    const one = await facade.getApplicationCredential(applicationCredentialBody.id, { user_id: { id: userId } });
    expect(one.roles?.[0]?.name).toBe("Reader");
    expect(one.secret).toBeUndefined();
    const fetched = { ...applicationCredentialBody, user_id: userId };
    await facade.getApplicationCredential(fetched);
    expect(seen.map(sent)).toEqual(
      Array(2).fill(`GET /v3/users/${userId}/application_credentials/${applicationCredentialBody.id}`),
    );
  });

  it("creates inside the envelope, the user in the path, and returns the secret once", async () => {
    const { facade, seen } = setup();
    server.use(
      http.post(COLLECTION, () =>
        HttpResponse.json({ application_credential: createdApplicationCredentialBody }, { status: 201 }),
      ),
    );
    const created = await facade.createApplicationCredential({
      user_id: userId,
      ...createApplicationCredentialRequest,
    });
    expect(created.secret).toBe("rEaqvJka48mpv");
    expect(sent(seen[0]!)).toBe(`POST /v3/users/${userId}/application_credentials`);
    expect(await seen[0]!.json()).toEqual({ application_credential: createApplicationCredentialRequest });
  });

  it("cannot be updated; deletes", async () => {
    const { facade, seen } = setup();
    server.use(http.delete(`${COLLECTION}/:id`, () => noContent()));
    // @ts-expect-error: Keystone has no update for application credentials
    expect(facade.updateApplicationCredential).toBeUndefined();
    // @ts-expect-error: the project comes from the token
    await expect(facade.createApplicationCredential({ user_id: userId, name: "x", project_id: "p" })).rejects.toThrow(
      /'project_id' cannot be set/,
    );
    await facade.deleteApplicationCredential(applicationCredentialBody.id, { user_id: userId });
    expect(seen.map(sent)).toEqual([
      `DELETE /v3/users/${userId}/application_credentials/${applicationCredentialBody.id}`,
    ]);
  });

  it("finds by name under a user", async () => {
    const { session, seen } = setup();
    server.use(
      http.get(`${COLLECTION}/:id`, () => notFound("Could not find Application Credential: backups.")),
      http.get(COLLECTION, () => collection("application_credentials", [backupsCredentialBody])),
    );
    expect((await applicationCredentials.find(session, "backups", { user_id: userId }))?.id).toBe(
      backupsCredentialBody.id,
    );
    expect(seen.map(sent)).toEqual([
      `GET /v3/users/${userId}/application_credentials/backups`,
      `GET /v3/users/${userId}/application_credentials?name=backups`,
    ]);
  });
});

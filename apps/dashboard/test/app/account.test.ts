import { mockCloud } from "@openstack-ts/mock";
import { UnauthorizedError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { connectionFor, logIn } from "../../src/app/account.js";

/** The fake cloud with admin also a member of demo: two projects to pick from. */
function cloud() {
  return mockCloud({ roleAssignments: [{ role_id: "member", user_id: "admin", project_id: "demo" }] });
}

describe("logIn", () => {
  it("logs in with a password and lists the user's projects from GET /v3/auth/projects", async () => {
    const fake = cloud();
    const account = await logIn(
      fake.authUrl,
      { method: "password", username: "admin", password: "admin", userDomainName: "Default" },
      fake.fetch,
    );
    expect(account.userName).toBe("admin");
    expect(account.projects.map((p) => p.name)).toEqual(["admin", "demo"]);
    // Keystone scoped the token to the user's default project.
    expect(account.projectId).toBe(fake.ids.projects.admin);
  });

  it("scopes a new connection to the picked project, with the same password", async () => {
    const fake = cloud();
    const account = await logIn(
      fake.authUrl,
      { method: "password", username: "admin", password: "admin", userDomainName: "Default" },
      fake.fetch,
    );
    const conn = connectionFor(account, fake.ids.projects.demo, fake.fetch);
    expect(await conn.currentProjectId).toBe(fake.ids.projects.demo);
    expect(conn).not.toBe(account.login);
  });

  it("rescopes a token the user pasted", async () => {
    const fake = cloud();
    const token = fake.tokenFor("admin");
    const account = await logIn(fake.authUrl, { method: "token", token }, fake.fetch);
    expect(account.projects.map((p) => p.name)).toEqual(["admin", "demo"]);
    expect(await connectionFor(account, fake.ids.projects.demo, fake.fetch).currentProjectId).toBe(
      fake.ids.projects.demo,
    );
  });

  it("keeps an application credential in its own project", async () => {
    const fake = cloud();
    const { id, secret } = fake.credentials.applicationCredential;
    const account = await logIn(
      fake.authUrl,
      { method: "application-credential", applicationCredentialId: id, applicationCredentialSecret: secret },
      fake.fetch,
    );
    expect(account.projects.map((p) => p.name)).toEqual(["admin"]);
    expect(connectionFor(account, fake.ids.projects.admin, fake.fetch)).toBe(account.login);
  });

  it("throws the SDK's UnauthorizedError for a wrong password", async () => {
    const fake = cloud();
    const attempt = logIn(
      fake.authUrl,
      { method: "password", username: "admin", password: "wrong", userDomainName: "Default" },
      fake.fetch,
    );
    await expect(attempt).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(attempt).rejects.toMatchObject({ status: 401, method: "POST", url: `${fake.authUrl}/auth/tokens` });
  });
});

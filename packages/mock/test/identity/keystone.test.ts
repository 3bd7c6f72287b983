import { ApplicationCredentialAuth, PasswordAuth, Session, TokenAuth, UnauthorizedError } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { mockCloud } from "../../src/cloud/mock-cloud.js";

const passwordBody = (name: string, password: string, scope?: unknown) => ({
  auth: {
    identity: { methods: ["password"], password: { user: { name, domain: { name: "Default" }, password } } },
    ...(scope !== null && { scope }),
  },
});
const projectScope = (name: string) => ({ project: { name, domain: { name: "Default" } } });

/** A clock the test moves by hand. */
function clock(start = Date.UTC(2030, 0, 1)) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

async function login(
  cloud: ReturnType<typeof mockCloud>,
  name = "admin",
  password = "admin",
  scope: unknown = projectScope("admin"),
) {
  const response = await cloud.fetch(`${cloud.authUrl}/auth/tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(passwordBody(name, password, scope)),
  });
  return { response, token: response.headers.get("x-subject-token") ?? "", body: (await response.json()) as any };
}

describe("Keystone: issuing tokens", () => {
  it("answers a password login with 201, X-Subject-Token and a project-scoped catalog with the project id filled in", async () => {
    const cloud = mockCloud();
    const { response, token, body } = await login(cloud);
    expect(response.status).toBe(201);
    expect(token.length).toBeGreaterThan(20);
    expect(body.token.project).toEqual({
      domain: { id: "default", name: "Default" },
      id: cloud.ids.projects.admin,
      name: "admin",
    });
    expect(body.token.roles.map((r: { name: string }) => r.name).sort()).toEqual(["admin", "member", "reader"]);
    const volume = body.token.catalog.find((s: { type: string }) => s.type === "block-storage");
    expect(volume.endpoints[0].url).toBe(`${cloud.baseUrl}/volume/v3/${cloud.ids.projects.admin}`);
    expect(body.token.catalog.find((s: { type: string }) => s.type === "object-store").endpoints[0].url).toBe(
      `${cloud.baseUrl}/object-store/v1/AUTH_${cloud.ids.projects.admin}`,
    );
    expect(response.headers.get("x-openstack-request-id")).toMatch(/^req-[0-9a-f-]{36}$/);
  });

  it("refuses a wrong password, an unknown user, and a project the user has no role on, with Keystone's 401", async () => {
    const cloud = mockCloud();
    for (const attempt of [
      login(cloud, "admin", "wrong"),
      login(cloud, "nobody", "admin"),
      login(cloud, "demo", "demo-secret", projectScope("admin")),
    ]) {
      const { response, body } = await attempt;
      expect(response.status).toBe(401);
      expect(body).toEqual({
        error: { code: 401, message: "The request you have made requires authentication.", title: "Unauthorized" },
      });
    }
  });

  it("scopes to the user's default project when no scope is asked, and gives a system-scoped token", async () => {
    const cloud = mockCloud();
    expect((await login(cloud, "demo", "demo-secret", null)).body.token.project.name).toBe("demo");
    const system = await login(cloud, "admin", "admin", { system: { all: true } });
    expect(system.body.token.system).toEqual({ all: true });
    expect(system.body.token.project).toBeUndefined();
    // Endpoints that need a project are left out of a system-scoped catalog, as Keystone does.
    expect(system.body.token.catalog.map((s: { type: string }) => s.type)).not.toContain("block-storage");
  });

  it("logs in through core's password, token and application-credential plugins", async () => {
    const cloud = mockCloud();
    const password = new Session({
      auth: new PasswordAuth({ authUrl: cloud.authUrl, username: "admin", password: "admin", projectName: "admin" }),
      fetch: cloud.fetch,
      retries: false,
    });
    const first = await password.authorize();
    const exchanged = new Session({
      auth: new TokenAuth({ authUrl: cloud.authUrl, token: first, projectName: "demo" }),
      fetch: cloud.fetch,
      retries: false,
    });
    await expect(exchanged.authorize()).rejects.toBeInstanceOf(UnauthorizedError); // admin has no role on demo
    const credential = cloud.credentials.applicationCredential;
    const viaCredential = new Session({
      auth: new ApplicationCredentialAuth({
        authUrl: cloud.authUrl,
        applicationCredentialId: credential.id,
        applicationCredentialSecret: credential.secret,
      }),
      fetch: cloud.fetch,
      retries: false,
    });
    expect((await viaCredential.access()).project?.id).toBe(cloud.ids.projects.admin);
  });
});

describe("Keystone: validating, expiring and revoking tokens", () => {
  it("validates with GET and HEAD, revokes with DELETE, then answers 404 and refuses the token", async () => {
    const cloud = mockCloud();
    const operator = (await login(cloud)).token;
    const subject = (await login(cloud, "demo", "demo-secret", projectScope("demo"))).token;
    const headers = { "X-Auth-Token": operator, "X-Subject-Token": subject };
    const check = await cloud.fetch(`${cloud.authUrl}/auth/tokens`, { headers });
    expect(check.status).toBe(200);
    expect(check.headers.get("x-subject-token")).toBe(subject);
    expect(((await check.json()) as any).token.user.name).toBe("demo");
    expect((await cloud.fetch(`${cloud.authUrl}/auth/tokens`, { method: "HEAD", headers })).status).toBe(200);
    expect((await cloud.fetch(`${cloud.authUrl}/auth/tokens`, { method: "DELETE", headers })).status).toBe(204);
    const gone = await cloud.fetch(`${cloud.authUrl}/auth/tokens`, { headers });
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({
      error: { code: 404, message: `Could not find token: ${subject}.`, title: "Not Found" },
    });
    const refused = await cloud.fetch(`${cloud.authUrl}/projects`, { headers: { "X-Auth-Token": subject } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toBe(`Keystone uri="${cloud.authUrl}"`);
  });

  it("expires tokens after the configured lifetime, by the cloud's clock", async () => {
    const time = clock();
    const cloud = mockCloud({ now: time.now, tokenLifetime: 60_000 });
    const { token, body } = await login(cloud);
    expect(body.token.expires_at).toBe("2030-01-01T00:01:00.000000Z");
    const get = () => cloud.fetch(`${cloud.authUrl}/projects`, { headers: { "X-Auth-Token": token } });
    time.advance(59_999);
    expect((await get()).status).toBe(200);
    time.advance(1);
    expect((await get()).status).toBe(401);
  });

  it("lets a non-admin read itself but not list projects, in Keystone's words", async () => {
    const cloud = mockCloud();
    const { token, body } = await login(cloud, "demo", "demo-secret", projectScope("demo"));
    const get = (path: string) => cloud.fetch(`${cloud.authUrl}/${path}`, { headers: { "X-Auth-Token": token } });
    expect((await get(`users/${body.token.user.id}`)).status).toBe(200);
    expect((await get(`projects/${body.token.project.id}`)).status).toBe(200);
    const listed = await get("projects");
    expect(listed.status).toBe(403);
    expect(((await listed.json()) as any).error.message).toBe(
      "You are not authorized to perform the requested action: identity:list_projects.",
    );
    expect(((await (await get("auth/projects")).json()) as any).projects.map((p: { name: string }) => p.name)).toEqual([
      "demo",
    ]);
  });
});

describe("Keystone: version documents", () => {
  it("answers / with 300 and the version list, and /v3 with the version, without a token", async () => {
    const cloud = mockCloud({ baseUrl: "http://127.0.0.1:5000" });
    const root = await cloud.fetch("http://127.0.0.1:5000/");
    expect(root.status).toBe(300);
    expect(await root.json()).toMatchObject({
      versions: {
        values: [{ id: "v3.14", status: "stable", links: [{ rel: "self", href: "http://127.0.0.1:5000/v3/" }] }],
      },
    });
    expect(await (await cloud.fetch("http://127.0.0.1:5000/v3")).json()).toMatchObject({ version: { id: "v3.14" } });
  });
});

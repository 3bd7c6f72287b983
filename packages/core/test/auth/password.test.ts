import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors/sdk-errors.js";
import { PasswordAuth, type PasswordAuthOptions } from "../../src/auth/password.js";
import type { AuthTransport } from "../../src/auth/plugin.js";

const AUTH_URL = "http://keystone.test/v3";
const SECRET = "s3cr3t-Pa55word";

/** A transport that records what the plugin POSTs and answers like Keystone. */
function recorder() {
  const posts: { url: string; json: unknown }[] = [];
  const gets: string[] = [];
  const transport: AuthTransport = {
    post: async (url, json) => {
      posts.push({ url, json });
      return Response.json(
        {
          token: { expires_at: "2030-01-01T00:00:00.000000Z", user: { id: "u1" }, project: { id: "p1" }, catalog: [] },
        },
        { status: 201, headers: { "X-Subject-Token": "issued-token" } },
      );
    },
    get: async (url) => {
      gets.push(url);
      return new Response("not found", { status: 404 });
    },
  };
  return { transport, posts, gets };
}

async function bodyOf(options: Partial<PasswordAuthOptions>) {
  const { transport, posts } = recorder();
  await new PasswordAuth({ authUrl: AUTH_URL, password: SECRET, ...options }).authenticate(transport);
  expect(posts).toHaveLength(1);
  expect(posts[0]!.url).toBe(`${AUTH_URL}/auth/tokens`);
  return posts[0]!.json;
}

const identity = (user: Record<string, unknown>) => ({
  methods: ["password"],
  password: { user: { ...user, password: SECRET } },
});

describe("PasswordAuth request body", () => {
  it("names the user in the default domain `default` when no domain is given, unscoped", async () => {
    expect(await bodyOf({ username: "admin" })).toEqual({
      auth: { identity: identity({ name: "admin", domain: { id: "default" } }) },
    });
  });

  it("uses the user id alone, without a domain", async () => {
    expect(await bodyOf({ userId: "u-123" })).toEqual({ auth: { identity: identity({ id: "u-123" }) } });
  });

  it("puts the user domain by name, or by id, instead of the default", async () => {
    expect(await bodyOf({ username: "demo", userDomainName: "Users" })).toEqual({
      auth: { identity: identity({ name: "demo", domain: { name: "Users" } }) },
    });
    expect(await bodyOf({ username: "demo", userDomainId: "d-1", userDomainName: "ignored" })).toEqual({
      auth: { identity: identity({ name: "demo", domain: { id: "d-1" } }) },
    });
  });

  it("honours defaultDomainId for both the user and the project", async () => {
    expect(await bodyOf({ username: "demo", projectName: "p", defaultDomainId: "d-9" })).toEqual({
      auth: {
        identity: identity({ name: "demo", domain: { id: "d-9" } }),
        scope: { project: { name: "p", domain: { id: "d-9" } } },
      },
    });
  });

  it("scopes to a project by id", async () => {
    expect(await bodyOf({ username: "admin", projectId: "p-1" })).toEqual({
      auth: { identity: identity({ name: "admin", domain: { id: "default" } }), scope: { project: { id: "p-1" } } },
    });
  });

  it("scopes to a project by name and domain (name, id, or the default)", async () => {
    const scopeOf = async (options: Partial<PasswordAuthOptions>) =>
      ((await bodyOf({ username: "a", ...options })) as { auth: { scope: unknown } }).auth.scope;
    expect(await scopeOf({ projectName: "admin", projectDomainName: "Default" })).toEqual({
      project: { name: "admin", domain: { name: "Default" } },
    });
    expect(await scopeOf({ projectName: "admin", projectDomainId: "d-2" })).toEqual({
      project: { name: "admin", domain: { id: "d-2" } },
    });
    expect(await scopeOf({ projectName: "admin" })).toEqual({ project: { name: "admin", domain: { id: "default" } } });
  });

  it("scopes to a domain by id or by name", async () => {
    const scopeOf = async (options: Partial<PasswordAuthOptions>) =>
      ((await bodyOf({ username: "a", ...options })) as { auth: { scope: unknown } }).auth.scope;
    expect(await scopeOf({ domainId: "d-3" })).toEqual({ domain: { id: "d-3" } });
    expect(await scopeOf({ domainName: "Engineering" })).toEqual({ domain: { name: "Engineering" } });
  });

  it("scopes to the system as {system: {all: true}}", async () => {
    expect(await bodyOf({ userId: "u", systemScope: "all" })).toEqual({
      auth: { identity: identity({ id: "u" }), scope: { system: { all: true } } },
    });
  });

  it("scopes to a trust, which wins over a project", async () => {
    expect(await bodyOf({ userId: "u", trustId: "t-1", projectId: "ignored" })).toEqual({
      auth: { identity: identity({ id: "u" }), scope: { "OS-TRUST:trust": { id: "t-1" } } },
    });
  });

  it("reads the token from X-Subject-Token and the rest from the body", async () => {
    const { transport } = recorder();
    const result = await new PasswordAuth({ authUrl: AUTH_URL, username: "a", password: SECRET }).authenticate(
      transport,
    );
    expect(result.token).toBe("issued-token");
    expect(result.expiresAt?.toISOString()).toBe("2030-01-01T00:00:00.000Z");
    expect(result.project).toEqual({ id: "p1" });
  });
});

describe("PasswordAuth configuration", () => {
  it("needs authUrl, a user and a password", () => {
    expect(() => new PasswordAuth({ authUrl: "", username: "a", password: "x" })).toThrow(ConfigError);
    expect(() => new PasswordAuth({ authUrl: AUTH_URL, password: "x" })).toThrow(/username or userId/);
    expect(() => new PasswordAuth({ authUrl: AUTH_URL, username: "a" } as PasswordAuthOptions)).toThrow(
      /needs password/,
    );
  });

  it("never shows the password in JSON.stringify or String()", () => {
    const plugin = new PasswordAuth({ authUrl: AUTH_URL, username: "admin", password: SECRET, projectName: "admin" });
    expect(JSON.stringify(plugin)).not.toContain(SECRET);
    expect(JSON.stringify(plugin)).toContain(AUTH_URL);
    expect(String(plugin)).not.toContain(SECRET);
    expect(JSON.stringify(Object.entries(plugin))).not.toContain(SECRET);
  });
});

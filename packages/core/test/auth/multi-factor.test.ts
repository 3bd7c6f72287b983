import { describe, expect, it } from "vitest";
import { MultiFactorAuth, type MultiFactorAuthOptions } from "../../src/auth/multi-factor.js";
import type { AuthTransport } from "../../src/auth/plugin.js";

const AUTH_URL = "http://keystone.test/v3";

async function bodyOf(options: Partial<MultiFactorAuthOptions>) {
  const posts: unknown[] = [];
  const transport: AuthTransport = {
    post: async (_url, json) => {
      posts.push(json);
      return Response.json({ token: {} }, { status: 201, headers: { "X-Subject-Token": "tok" } });
    },
    get: async () => new Response("", { status: 404 }),
  };
  const plugin = new MultiFactorAuth({ authUrl: AUTH_URL, authMethods: [], ...options });
  await plugin.authenticate(transport);
  return posts[0];
}

const both = { username: "alice", userDomainName: "Default", password: "pw", passcode: "012345" };

describe("MultiFactorAuth", () => {
  it("sends every method in one request, each with its own arguments, and the login's scope", async () => {
    expect(await bodyOf({ ...both, authMethods: ["v3password", "v3totp"], projectName: "demo" })).toEqual({
      auth: {
        identity: {
          methods: ["password", "totp"],
          password: { user: { name: "alice", domain: { name: "Default" }, password: "pw" } },
          totp: { user: { name: "alice", domain: { name: "Default" }, passcode: "012345" } },
        },
        scope: { project: { name: "demo", domain: { id: "default" } } },
      },
    });
  });

  it("takes Keystone's method names and OS_AUTH_METHODS' comma-separated form", async () => {
    const fromEnv = await bodyOf({ ...both, authMethods: "v3password, totp" });
    expect(fromEnv).toMatchObject({ auth: { identity: { methods: ["password", "totp"] } } });
    expect(new MultiFactorAuth({ authUrl: AUTH_URL, ...both, authMethods: ["password", "v3totp"] }).methods).toEqual([
      "password",
      "totp",
    ]);
  });

  it("refuses no methods, an unknown one, and a method without its arguments", () => {
    expect(() => new MultiFactorAuth({ authUrl: AUTH_URL, ...both, authMethods: [] })).toThrow(/needs authMethods/);
    expect(() => new MultiFactorAuth({ authUrl: AUTH_URL, ...both, authMethods: ["v3password", "v3sms"] })).toThrow(
      /unknown method 'v3sms'.*v3totp/,
    );
    expect(
      () =>
        new MultiFactorAuth({ authUrl: AUTH_URL, ...both, passcode: undefined, authMethods: ["v3password", "v3totp"] }),
    ).toThrow(/passcode/);
  });
});

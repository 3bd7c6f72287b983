import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors/sdk-errors.js";
import {
  ApplicationCredentialAuth,
  type ApplicationCredentialAuthOptions,
} from "../../src/auth/application-credential.js";
import type { AuthTransport } from "../../src/auth/plugin.js";

const AUTH_URL = "http://keystone.test/v3";
const SECRET = "app-cred-Secret-42";

async function bodyOf(options: Partial<ApplicationCredentialAuthOptions>) {
  const posts: unknown[] = [];
  const transport: AuthTransport = {
    post: async (_url, json) => {
      posts.push(json);
      return Response.json({ token: {} }, { status: 201, headers: { "X-Subject-Token": "t" } });
    },
    get: async () => new Response(null, { status: 404 }),
  };
  await new ApplicationCredentialAuth({
    authUrl: AUTH_URL,
    applicationCredentialSecret: SECRET,
    ...options,
  }).authenticate(transport);
  return posts[0];
}

const body = (credential: Record<string, unknown>) => ({
  auth: {
    identity: { methods: ["application_credential"], application_credential: { ...credential, secret: SECRET } },
  },
});

describe("ApplicationCredentialAuth", () => {
  it("sends the credential by id, with no scope (the credential fixes it)", async () => {
    expect(await bodyOf({ applicationCredentialId: "ac-1", applicationCredentialName: "ignored" })).toEqual(
      body({ id: "ac-1" }),
    );
  });

  it("sends the credential by name with its owner by id", async () => {
    expect(await bodyOf({ applicationCredentialName: "ci", userId: "u-1" })).toEqual(
      body({ name: "ci", user: { id: "u-1" } }),
    );
  });

  it("sends the credential by name with its owner by name, in the default domain unless told", async () => {
    expect(await bodyOf({ applicationCredentialName: "ci", username: "demo" })).toEqual(
      body({ name: "ci", user: { name: "demo", domain: { id: "default" } } }),
    );
    expect(await bodyOf({ applicationCredentialName: "ci", username: "demo", userDomainName: "Users" })).toEqual(
      body({ name: "ci", user: { name: "demo", domain: { name: "Users" } } }),
    );
  });

  it("refuses a name without an owner, and a missing secret", () => {
    expect(
      () =>
        new ApplicationCredentialAuth({
          authUrl: AUTH_URL,
          applicationCredentialName: "ci",
          applicationCredentialSecret: SECRET,
        }),
    ).toThrow(ConfigError);
    expect(
      () =>
        new ApplicationCredentialAuth({
          authUrl: AUTH_URL,
          applicationCredentialId: "ac-1",
          applicationCredentialSecret: "",
        }),
    ).toThrow(/applicationCredentialSecret/);
  });

  it("never shows the secret in JSON.stringify or String()", () => {
    const plugin = new ApplicationCredentialAuth({
      authUrl: AUTH_URL,
      applicationCredentialId: "ac-1",
      applicationCredentialSecret: SECRET,
    });
    expect(JSON.stringify(plugin)).not.toContain(SECRET);
    expect(String(plugin)).not.toContain(SECRET);
  });
});

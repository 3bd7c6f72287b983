import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors/sdk-errors.js";
import type { AuthTransport } from "../../src/auth/plugin.js";
import { TokenAuth } from "../../src/auth/token.js";

const AUTH_URL = "http://keystone.test/v3";
const OLD_TOKEN = "gAAAAA-existing-token";

function recorder() {
  const posts: { url: string; json: unknown }[] = [];
  const transport: AuthTransport = {
    post: async (url, json) => {
      posts.push({ url, json });
      return Response.json({ token: {} }, { status: 201, headers: { "X-Subject-Token": "new-token" } });
    },
    get: async () => new Response(null, { status: 404 }),
  };
  return { transport, posts };
}

describe("TokenAuth", () => {
  it("exchanges the token, unscoped when no scope is given", async () => {
    const { transport, posts } = recorder();
    const result = await new TokenAuth({ authUrl: AUTH_URL, token: OLD_TOKEN }).authenticate(transport);
    expect(posts).toEqual([
      {
        url: `${AUTH_URL}/auth/tokens`,
        json: { auth: { identity: { methods: ["token"], token: { id: OLD_TOKEN } } } },
      },
    ]);
    expect(result.token).toBe("new-token");
  });

  it("re-scopes to a project by name in the default domain", async () => {
    const { transport, posts } = recorder();
    await new TokenAuth({ authUrl: AUTH_URL, token: OLD_TOKEN, projectName: "demo" }).authenticate(transport);
    expect(posts[0]!.json).toEqual({
      auth: {
        identity: { methods: ["token"], token: { id: OLD_TOKEN } },
        scope: { project: { name: "demo", domain: { id: "default" } } },
      },
    });
  });

  it("re-scopes to the system", async () => {
    const { transport, posts } = recorder();
    await new TokenAuth({ authUrl: AUTH_URL, token: OLD_TOKEN, systemScope: "all" }).authenticate(transport);
    expect((posts[0]!.json as { auth: { scope: unknown } }).auth.scope).toEqual({ system: { all: true } });
  });

  it("needs authUrl and token", () => {
    expect(() => new TokenAuth({ authUrl: AUTH_URL, token: "" })).toThrow(ConfigError);
    expect(() => new TokenAuth({ authUrl: "", token: OLD_TOKEN })).toThrow(/needs authUrl/);
  });

  it("never shows the token in JSON.stringify or String()", () => {
    const plugin = new TokenAuth({ authUrl: AUTH_URL, token: OLD_TOKEN });
    expect(JSON.stringify(plugin)).not.toContain(OLD_TOKEN);
    expect(String(plugin)).not.toContain(OLD_TOKEN);
  });
});

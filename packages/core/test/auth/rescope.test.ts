import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import type { AuthTransport } from "../../src/auth/plugin.js";
import { describeScope, RescopedAuth } from "../../src/auth/rescope.js";
import { ScopeRefusedError } from "../../src/auth/scope-errors.js";
import { ConfigError } from "../../src/errors/sdk-errors.js";

const AUTH_URL = "http://keystone.test/v3";
const UNSCOPED = "gAAAAA-unscoped-token";
const REFUSAL = {
  error: { code: 401, title: "Unauthorized", message: "The request you have made requires authentication." },
};

function keystone(status = 201) {
  const posts: { url: string; json: unknown }[] = [];
  const transport: AuthTransport = {
    post: async (url, json) => {
      posts.push({ url, json });
      return status === 201
        ? Response.json({ token: { project: { id: "p-1" } } }, { status, headers: { "X-Subject-Token": "scoped" } })
        : Response.json(REFUSAL, { status, headers: { "X-Openstack-Request-Id": "req-1" } });
    },
    get: async () => new Response(null, { status: 404 }),
  };
  return { transport, posts };
}

describe("RescopedAuth", () => {
  it.each([
    [{ projectId: "p-1" }, { project: { id: "p-1" } }],
    [{ projectName: "demo", projectDomainName: "Default" }, { project: { name: "demo", domain: { name: "Default" } } }],
    [{ domainId: "default" }, { domain: { id: "default" } }],
    [{ systemScope: "all" }, { system: { all: true } }],
    [{ trustId: "t-1" }, { "OS-TRUST:trust": { id: "t-1" } }],
  ])("exchanges the token for %j by the token method", async (target, scope) => {
    const { transport, posts } = keystone();
    const result = await new RescopedAuth({ authUrl: AUTH_URL, token: UNSCOPED, ...target }).authenticate(transport);
    expect(posts).toEqual([
      {
        url: `${AUTH_URL}/auth/tokens`,
        json: { auth: { identity: { methods: ["token"], token: { id: UNSCOPED } }, scope } },
      },
    ]);
    expect(result.token).toBe("scoped");
  });

  it("asks a token function at each login, so a renewal takes the current token", async () => {
    const { transport, posts } = keystone();
    let n = 0;
    const auth = new RescopedAuth({ authUrl: AUTH_URL, token: async () => `token-${++n}`, projectId: "p-1" });
    await auth.authenticate(transport);
    await auth.authenticate(transport);
    const ids = posts.map((p) => (p.json as { auth: { identity: { token: { id: string } } } }).auth.identity.token.id);
    expect(ids).toEqual(["token-1", "token-2"]);
  });

  it("ends Keystone's 401 in ScopeRefusedError naming the scope, with Keystone's message and no token", async () => {
    const { transport } = keystone(401);
    const error = await new RescopedAuth({ authUrl: AUTH_URL, token: UNSCOPED, projectId: "p-2" })
      .authenticate(transport)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScopeRefusedError);
    const refused = error as ScopeRefusedError;
    expect(refused.scope).toBe("project id p-2");
    expect(refused.requestId).toBe("req-1");
    expect(refused.serverMessage).toBe(REFUSAL.error.message);
    expect(refused.message).toMatch(/refused to scope the token to project id p-2/);
    for (const form of [String(error), JSON.stringify(error), inspect(error, { showHidden: true })])
      expect(form).not.toContain(UNSCOPED);
  });

  it("needs exactly one kind of scope, naming what it got", () => {
    const base = { authUrl: AUTH_URL, token: UNSCOPED };
    expect(() => new RescopedAuth(base)).toThrow(/got none/);
    expect(() => new RescopedAuth({ ...base, projectId: "p", domainId: "d" })).toThrow(/got projectId, domainId/);
    expect(() => new RescopedAuth({ ...base, token: "", projectId: "p" })).toThrow(ConfigError);
  });

  it("describes a scope without secrets", () => {
    expect(describeScope({ projectName: "demo" })).toBe("project name demo (domain default)");
    expect(describeScope({ domainName: "heat" })).toBe("domain name heat");
    expect(describeScope({ systemScope: "all" })).toBe("system all");
  });
});

import { describe, expect, it } from "vitest";
import type { AuthTransport } from "../../src/auth/plugin.js";
import { TotpAuth, type TotpAuthOptions } from "../../src/auth/totp.js";
import { ConfigError } from "../../src/errors/sdk-errors.js";

const AUTH_URL = "http://keystone.test/v3";

/** A transport that records what the plugin POSTs and answers like Keystone. */
function recorder() {
  const posts: { url: string; json: unknown }[] = [];
  const transport: AuthTransport = {
    post: async (url, json) => {
      posts.push({ url, json });
      return Response.json({ token: { user: { id: "u1" } } }, { status: 201, headers: { "X-Subject-Token": "tok" } });
    },
    get: async () => new Response("not found", { status: 404 }),
  };
  return { transport, posts };
}

async function bodyOf(options: Partial<TotpAuthOptions>) {
  const { transport, posts } = recorder();
  const result = await new TotpAuth({ authUrl: AUTH_URL, passcode: "012345", ...options }).authenticate(transport);
  expect(result.token).toBe("tok");
  expect(posts.map((p) => p.url)).toEqual([`${AUTH_URL}/auth/tokens`]);
  return posts[0]!.json;
}

describe("TotpAuth", () => {
  it("sends the passcode with the user by id", async () => {
    expect(await bodyOf({ userId: "u-1" })).toEqual({
      auth: { identity: { methods: ["totp"], totp: { user: { id: "u-1", passcode: "012345" } } } },
    });
  });

  it("names the user within a domain (by name, by id, else `default`) and scopes the token", async () => {
    expect(await bodyOf({ username: "alice", userDomainName: "Users", projectId: "p-1" })).toEqual({
      auth: {
        identity: {
          methods: ["totp"],
          totp: { user: { name: "alice", domain: { name: "Users" }, passcode: "012345" } },
        },
        scope: { project: { id: "p-1" } },
      },
    });
    expect(await bodyOf({ username: "alice" })).toMatchObject({
      auth: { identity: { totp: { user: { domain: { id: "default" } } } } },
    });
  });

  it("asks a passcode function at each login, so a renewed token gets a fresh passcode", async () => {
    const { transport, posts } = recorder();
    const codes = ["111111", "222222"];
    const plugin = new TotpAuth({ authUrl: AUTH_URL, userId: "u", passcode: () => codes.shift()! });
    await plugin.authenticate(transport);
    await plugin.authenticate(transport);
    const sent = posts.map((p) => (p.json as { auth: { identity: { totp: { user: { passcode: string } } } } }).auth);
    expect(sent.map((auth) => auth.identity.totp.user.passcode)).toEqual(["111111", "222222"]);
  });

  it("refuses a passcode that is not a string (a YAML number loses its leading 0), or no user", () => {
    const make = (options: Partial<TotpAuthOptions>) => () =>
      new TotpAuth({ authUrl: AUTH_URL, userId: "u", ...options } as TotpAuthOptions);
    expect(make({ passcode: 12345 as unknown as string })).toThrow(/quote it/);
    expect(make({ passcode: undefined as unknown as string })).toThrow(ConfigError);
    expect(make({ userId: undefined, passcode: "1" })).toThrow(/username or userId/);
  });

  it("keeps the passcode out of its string forms", () => {
    const plugin = new TotpAuth({ authUrl: AUTH_URL, userId: "u", passcode: "987654" });
    expect(JSON.stringify(plugin)).not.toContain("987654");
    expect(String(Object.values(plugin))).not.toContain("987654");
  });
});

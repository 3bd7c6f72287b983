import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Session } from "../../src/session/session.js";
import { PasswordAuth } from "../../src/auth/password.js";
import type { AuthTransport } from "../../src/auth/plugin.js";
import { identityV3Url } from "../../src/auth/v3-tokens.js";
import { mockServer } from "../support/server.js";

const server = mockServer();

/** Keystone's root: 300 Multiple Choices with `{versions: {values: [...]}}`, as the loopback cloud answers. */
const rootDocument = (href: string) => ({
  versions: { values: [{ id: "v3.14", status: "stable", links: [{ rel: "self", href }] }] },
});

/** A Keystone whose root names its v3 endpoint, recording where tokens are asked for. */
function keystone(root: string, v3Href: string) {
  const posted: string[] = [];
  server.use(
    http.get(root, () => HttpResponse.json(rootDocument(v3Href), { status: 300 })),
    http.post("*/auth/tokens", ({ request }) => {
      posted.push(request.url);
      return HttpResponse.json(
        { token: { expires_at: "2030-01-01T00:00:00Z" } },
        { status: 201, headers: { "X-Subject-Token": "tok" } },
      );
    }),
  );
  return posted;
}

describe("v3 URL discovery from an unversioned auth URL", () => {
  it("follows the v3 link of Keystone's 300 root document", async () => {
    const posted = keystone("http://keystone.test/", "http://keystone.test/identity/v3/");
    const session = new Session({
      auth: new PasswordAuth({ authUrl: "http://keystone.test", username: "a", password: "pw" }),
      retries: false,
    });
    expect(await session.authorize()).toBe("tok");
    expect(posted).toEqual(["http://keystone.test/identity/v3/auth/tokens"]);
  });

  it("keeps the auth URL's origin when the document names another host", async () => {
    const posted = keystone("http://keystone.test/", "http://10.0.0.5:5000/identity/v3/");
    const session = new Session({
      auth: new PasswordAuth({ authUrl: "http://keystone.test/", username: "a", password: "pw" }),
      retries: false,
    });
    await session.authorize();
    expect(posted).toEqual(["http://keystone.test/identity/v3/auth/tokens"]);
  });

  it("uses a /v3 auth URL as it is, without asking for a document", async () => {
    const gets: string[] = [];
    const transport: AuthTransport = {
      get: async (url) => (gets.push(url), new Response(null, { status: 500 })),
      post: async () => new Response(null),
    };
    expect(await identityV3Url("http://keystone.test/identity/v3/", transport)).toBe(
      "http://keystone.test/identity/v3",
    );
    expect(gets).toEqual([]);
  });

  it("reads the root of a /v2.0 auth URL, and falls back to <root>/v3 without a usable document", async () => {
    const gets: string[] = [];
    const transport: AuthTransport = {
      get: async (url) => (gets.push(url), new Response("<html>no</html>", { status: 404 })),
      post: async () => new Response(null),
    };
    expect(await identityV3Url("http://keystone.test:5000/v2.0", transport)).toBe("http://keystone.test:5000/v3");
    expect(gets).toEqual(["http://keystone.test:5000"]);
  });
});

describe("a token whose expires_at is absent or null", () => {
  afterEach(() => vi.useRealTimers());

  // Keystone's API reference prints a federated unscoped token with no `expires_at`
  // (api-ref/source/v3-ext/federation/auth/samples/unscoped-token-response.json), and says
  // a null one never expires (api-ref/source/v3/parameters.yaml, `expires_at`).
  it.each([
    ["absent", {}],
    ["null", { expires_at: null }],
  ])("(%s) is used without proactive refresh however long it lives, and replaced after a 401", async (_, expiry) => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const issued: string[] = [];
    let revoked: string | undefined;
    server.use(
      http.post("http://keystone.test/v3/auth/tokens", () => {
        issued.push(`tok-${issued.length + 1}`);
        const user = { domain: { id: "Federated" }, id: "username%40example.com", name: "username@example.com" };
        return HttpResponse.json(
          { token: { methods: ["mapped"], user, ...expiry } },
          { status: 201, headers: { "X-Subject-Token": issued.at(-1)! } },
        );
      }),
      http.get("http://keystone.test/v3/users", ({ request }) =>
        request.headers.get("x-auth-token") === revoked
          ? HttpResponse.json({ error: { code: 401, message: "revoked" } }, { status: 401 })
          : HttpResponse.json({ users: [] }),
      ),
    );
    const session = new Session({
      auth: new PasswordAuth({ authUrl: "http://keystone.test/v3", username: "a", password: "pw" }),
      retries: false,
    });
    expect(await session.authorize()).toBe("tok-1");
    vi.setSystemTime(Date.now() + 10 * 365 * 24 * 3_600_000);
    await session.request("http://keystone.test/v3/users", { context: { authenticated: true } });
    expect(issued).toEqual(["tok-1"]);
    revoked = "tok-1";
    await session.request("http://keystone.test/v3/users", { context: { authenticated: true } });
    expect(issued).toEqual(["tok-1", "tok-2"]);
  });
});

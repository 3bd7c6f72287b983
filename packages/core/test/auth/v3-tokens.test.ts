import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
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

import { createHash } from "node:crypto";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { OidcAuthCodeAuth } from "../../src/auth/oidc/auth-code.js";
import { authorizationRequest, codeChallengeOf } from "../../src/auth/oidc/pkce.js";
import type { AuthPostOptions, AuthTransport } from "../../src/auth/plugin.js";

const DISCOVERY = "http://idp.test/.well-known/openid-configuration";
const CODE = "the-authorization-code";
const VERIFIER = "the-code-verifier-0123456789-abcdefghijklmnop";

function transport(
  metadata: Record<string, unknown> = {
    authorization_endpoint: "http://idp.test/auth?tenant=a",
    token_endpoint: "http://idp.test/token",
  },
) {
  const posts: { url: string; options: AuthPostOptions | undefined }[] = [];
  const t: AuthTransport = {
    get: async () => Response.json(metadata),
    post: async (url, _json, _signal, options) => {
      posts.push({ url, options });
      if (url === "http://idp.test/token") return Response.json({ access_token: "at", token_type: "Bearer" });
      return Response.json({ token: {} }, { status: 201, headers: { "X-Subject-Token": "unscoped" } });
    },
  };
  return { transport: t, posts };
}

describe("authorizationRequest", () => {
  it("asks for a code with an S256 challenge of a fresh verifier, keeping the endpoint's own query", async () => {
    const { transport: t } = transport();
    const request = await authorizationRequest(
      {
        clientId: "pub",
        redirectUri: "http://app.test/cb",
        discoveryEndpoint: DISCOVERY,
        extraParameters: { prompt: "login" },
      },
      t,
    );
    const url = new URL(request.url);
    expect(url.origin + url.pathname).toBe("http://idp.test/auth");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tenant: "a",
      prompt: "login",
      response_type: "code",
      client_id: "pub",
      redirect_uri: "http://app.test/cb",
      scope: "openid profile",
      state: request.state,
      code_challenge: createHash("sha256").update(request.codeVerifier).digest("base64url"),
      code_challenge_method: "S256",
    });
    expect(request.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    const again = await authorizationRequest({
      clientId: "pub",
      redirectUri: "http://app.test/cb",
      authorizationEndpoint: "http://idp.test/auth",
    });
    expect(again.codeVerifier).not.toBe(request.codeVerifier);
    expect(again.state).not.toBe(request.state);
  });

  it("computes the S256 challenge as SHA-256 in base64url", async () => {
    expect(await codeChallengeOf(VERIFIER)).toBe(createHash("sha256").update(VERIFIER).digest("base64url"));
  });

  it("says what is missing: the client, the redirect, an endpoint, or the discovery document's authorization_endpoint", async () => {
    await expect(
      authorizationRequest({ clientId: "", redirectUri: "x", discoveryEndpoint: DISCOVERY }),
    ).rejects.toThrow(/needs clientId/);
    await expect(authorizationRequest({ clientId: "pub", redirectUri: "http://app.test/cb" })).rejects.toThrow(
      /discoveryEndpoint or authorizationEndpoint/,
    );
    const { transport: bare } = transport({ token_endpoint: "http://idp.test/token" });
    await expect(
      authorizationRequest({ clientId: "pub", redirectUri: "http://app.test/cb", discoveryEndpoint: DISCOVERY }, bare),
    ).rejects.toMatchObject({ name: "OidcEndpointMissingError", member: "authorization_endpoint" });
  });
});

describe("v3oidcauthcode", () => {
  const options = {
    authUrl: "http://keystone.test/v3",
    identityProvider: "idp",
    protocol: "openid",
    clientId: "pub",
    discoveryEndpoint: DISCOVERY,
    code: CODE,
    redirectUri: "http://app.test/cb",
    codeVerifier: VERIFIER,
  };

  it("exchanges the code with its redirect URI and verifier, as a public client", async () => {
    const { transport: t, posts } = transport();
    await new OidcAuthCodeAuth(options).authenticate(t);
    expect(Object.fromEntries(new URLSearchParams(posts[0]!.options!.form!))).toEqual({
      grant_type: "authorization_code",
      code: CODE,
      redirect_uri: "http://app.test/cb",
      code_verifier: VERIFIER,
      scope: "openid profile",
      client_id: "pub",
    });
    expect(posts[1]!.options?.headers?.["Authorization"]).toBe("Bearer at");
  });

  it("needs the code and the redirect URI, and shows neither the code nor the verifier", () => {
    expect(() => new OidcAuthCodeAuth({ ...options, code: "" })).toThrow(/needs code/);
    expect(() => new OidcAuthCodeAuth({ ...options, redirectUri: "" })).toThrow(/needs redirectUri/);
    const plugin = new OidcAuthCodeAuth(options);
    for (const text of [String(plugin), JSON.stringify(plugin), inspect(plugin, { showHidden: true })]) {
      expect(text).not.toContain(CODE);
      expect(text).not.toContain(VERIFIER);
    }
  });
});

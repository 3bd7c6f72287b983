import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/errors/http-error.js";
import { ConfigError } from "../../src/errors/sdk-errors.js";
import { OidcAccessTokenAuth } from "../../src/auth/oidc/access-token.js";
import { OidcClientCredentialsAuth } from "../../src/auth/oidc/client-credentials.js";
import {
  FederatedLoginRefusedError,
  OidcDiscoveryError,
  OidcEndpointMissingError,
  OidcProviderRefusedError,
  OidcTokenMissingError,
} from "../../src/auth/oidc/errors.js";
import { OidcPasswordAuth } from "../../src/auth/oidc/password.js";
import type { AuthPostOptions, AuthTransport } from "../../src/auth/plugin.js";
import { createAuthPlugin } from "../../src/auth/registry.js";

const AUTH_URL = "http://keystone.test/v3";
const DISCOVERY = "http://idp.test/.well-known/openid-configuration";
const TOKEN_ENDPOINT = "http://idp.test/token";
const FEDERATED = `${AUTH_URL}/OS-FEDERATION/identity_providers/my-idp/protocols/openid/auth`;
const SECRET = "client-secret-value";
const PASSWORD = "alice-password-value";
const ACCESS = "provider-access-token";
const ID_TOKEN = "provider-id-token";

const federation = { authUrl: AUTH_URL, identityProvider: "my-idp", protocol: "openid" };
const client = { ...federation, clientId: "cli", clientSecret: SECRET, discoveryEndpoint: DISCOVERY };

interface Sent {
  url: string;
  json: unknown;
  options: AuthPostOptions | undefined;
}

/** A provider and a Keystone behind one transport; `answers` overrides a URL's answer. */
function fake(answers: Record<string, () => Response> = {}) {
  const posts: Sent[] = [];
  const gets: string[] = [];
  const transport: AuthTransport = {
    get: async (url) => {
      gets.push(url);
      if (answers[url]) return answers[url]();
      return Response.json({ issuer: "http://idp.test", token_endpoint: TOKEN_ENDPOINT });
    },
    post: async (url, json, _signal, options) => {
      posts.push({ url, json, options });
      if (answers[url]) return answers[url]();
      if (url === TOKEN_ENDPOINT)
        return Response.json({ access_token: ACCESS, id_token: ID_TOKEN, token_type: "Bearer" });
      const scoped = url.endsWith("/auth/tokens");
      return Response.json(
        { token: { user: { id: "u-1", name: "alice" }, ...(scoped && { project: { id: "p-1", name: "federated" } }) } },
        { status: 201, headers: { "X-Subject-Token": scoped ? "scoped-token" : "unscoped-token" } },
      );
    },
  };
  return { transport, posts, gets };
}

const form = (sent: Sent) => Object.fromEntries(new URLSearchParams(sent.options?.form ?? []));
const forms = (value: unknown) => [
  String(value),
  JSON.stringify(value),
  inspect(value, { showHidden: true, depth: 6 }),
];

describe("v3oidcpassword", () => {
  it("reads the discovery document, makes the password grant, and scopes Keystone's federated token", async () => {
    const { transport, posts, gets } = fake();
    const plugin = new OidcPasswordAuth({
      ...client,
      username: "alice",
      password: PASSWORD,
      projectName: "federated",
      projectDomainName: "Default",
    });
    const result = await plugin.authenticate(transport);
    expect(gets).toEqual([DISCOVERY]);
    expect(posts.map((p) => p.url)).toEqual([TOKEN_ENDPOINT, FEDERATED, `${AUTH_URL}/auth/tokens`]);
    expect(form(posts[0]!)).toEqual({
      grant_type: "password",
      username: "alice",
      password: PASSWORD,
      scope: "openid profile",
    });
    expect(posts[0]!.options?.headers?.["Authorization"]).toBe(`Basic ${btoa(`cli:${SECRET}`)}`);
    expect(posts[1]!.options?.headers?.["Authorization"]).toBe(`Bearer ${ACCESS}`);
    expect(posts[2]!.json).toEqual({
      auth: {
        identity: { methods: ["token"], token: { id: "unscoped-token" } },
        scope: { project: { name: "federated", domain: { name: "Default" } } },
      },
    });
    expect(result).toMatchObject({ token: "scoped-token", project: { name: "federated" } });
  });

  it("keeps the client secret and the password out of every string form", () => {
    const plugin = new OidcPasswordAuth({ ...client, username: "alice", password: PASSWORD });
    for (const text of forms(plugin)) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(PASSWORD);
    }
  });

  it("ends the provider's refusal in OidcProviderRefusedError: its error and description, not the password", async () => {
    const { transport } = fake({
      [TOKEN_ENDPOINT]: () =>
        Response.json({ error: "invalid_grant", error_description: "grant request is invalid" }, { status: 400 }),
    });
    const plugin = new OidcPasswordAuth({ ...client, username: "alice", password: PASSWORD });
    const error = await plugin.authenticate(transport).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OidcProviderRefusedError);
    expect(error).toMatchObject({ status: 400, error: "invalid_grant", grantType: "password", clientId: "cli" });
    expect(String(error)).toMatch(/name or password .* is wrong/);
    for (const text of forms(error)) expect(text).not.toContain(PASSWORD);
  });

  it("needs a user name, a client id, and a discovery document or token endpoint", () => {
    expect(() => new OidcPasswordAuth({ ...client, username: "", password: PASSWORD })).toThrow(/needs username/);
    expect(() => new OidcPasswordAuth({ ...client, clientId: "", username: "a", password: "p" })).toThrow(
      /needs clientId/,
    );
    const { discoveryEndpoint: _d, ...noEndpoint } = client;
    expect(() => new OidcPasswordAuth({ ...noEndpoint, username: "a", password: "p" })).toThrow(
      /discoveryEndpoint .* or accessTokenEndpoint/,
    );
    expect(() => new OidcPasswordAuth({ ...client, identityProvider: "", username: "a", password: "p" })).toThrow(
      /needs identityProvider/,
    );
  });
});

describe("v3oidcclientcredentials", () => {
  it("uses the token endpoint given, asks the scope given, and stays unscoped without a scope", async () => {
    const { transport, posts, gets } = fake();
    const plugin = new OidcClientCredentialsAuth({ ...client, accessTokenEndpoint: TOKEN_ENDPOINT, scope: "openid" });
    const result = await plugin.authenticate(transport);
    expect(gets).toEqual([]);
    expect(posts.map((p) => p.url)).toEqual([TOKEN_ENDPOINT, FEDERATED]);
    expect(form(posts[0]!)).toEqual({ grant_type: "client_credentials", scope: "openid" });
    expect(result.token).toBe("unscoped-token");
  });

  it("sends a public client's id in the form, without an Authorization header", async () => {
    const { transport, posts } = fake();
    const { clientSecret: _s, ...publicClient } = client;
    await new OidcClientCredentialsAuth(publicClient).authenticate(transport);
    expect(form(posts[0]!)).toMatchObject({ client_id: "cli" });
    expect(posts[0]!.options?.headers?.["Authorization"]).toBeUndefined();
  });

  it("gives Keystone the ID token when accessTokenType says so, and says which tokens an answer lacks", async () => {
    const { transport, posts } = fake();
    await new OidcClientCredentialsAuth({ ...client, accessTokenType: "id_token" }).authenticate(transport);
    expect(posts[1]!.options?.headers?.["Authorization"]).toBe(`Bearer ${ID_TOKEN}`);
    const bare = fake({ [TOKEN_ENDPOINT]: () => Response.json({ access_token: ACCESS, token_type: "Bearer" }) });
    const error = await new OidcClientCredentialsAuth({ ...client, accessTokenType: "id_token" })
      .authenticate(bare.transport)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OidcTokenMissingError);
    expect(String(error)).toContain("holds: access_token, token_type");
    expect(String(error)).not.toContain(ACCESS);
    expect(() => new OidcClientCredentialsAuth({ ...client, accessTokenType: "refresh_token" })).toThrow(ConfigError);
  });

  it("ends a discovery document it cannot read in OidcDiscoveryError, one without a token endpoint in OidcEndpointMissingError", async () => {
    const missing = fake({
      [DISCOVERY]: () => {
        throw new NotFoundError({ status: 404, method: "GET", url: DISCOVERY });
      },
    });
    const error = await new OidcClientCredentialsAuth(client).authenticate(missing.transport).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OidcDiscoveryError);
    expect(error).toMatchObject({ discoveryEndpoint: DISCOVERY });
    expect(String(error)).toContain("returned 404");
    const notJson = fake({ [DISCOVERY]: () => new Response("<html>", { status: 200 }) });
    const parse = await new OidcClientCredentialsAuth(client).authenticate(notJson.transport).catch((e: unknown) => e);
    expect(parse).toBeInstanceOf(OidcDiscoveryError);
    const noEndpoint = fake({ [DISCOVERY]: () => Response.json({ issuer: "http://idp.test" }) });
    const absent = await new OidcClientCredentialsAuth(client)
      .authenticate(noEndpoint.transport)
      .catch((e: unknown) => e);
    expect(absent).toBeInstanceOf(OidcEndpointMissingError);
    expect(absent).toMatchObject({ member: "token_endpoint" });
    expect(String(absent)).toContain("give accessTokenEndpoint");
  });
});

describe("v3oidcaccesstoken", () => {
  it("sends the token it holds, or the one its function gives at each login, as the bearer", async () => {
    const { transport, posts } = fake();
    await new OidcAccessTokenAuth({ ...federation, accessToken: ACCESS, projectId: "p-1" }).authenticate(transport);
    expect(posts.map((p) => p.url)).toEqual([FEDERATED, `${AUTH_URL}/auth/tokens`]);
    expect(posts[0]!.options?.headers?.["Authorization"]).toBe(`Bearer ${ACCESS}`);
    let calls = 0;
    const fresh = new OidcAccessTokenAuth({ ...federation, accessToken: async () => `fresh-${++calls}` });
    await fresh.authenticate(transport);
    await fresh.authenticate(transport);
    expect(posts.slice(2).map((p) => p.options?.headers?.["Authorization"])).toEqual([
      "Bearer fresh-1",
      "Bearer fresh-2",
    ]);
  });

  it("ends Keystone's 401 in FederatedLoginRefusedError naming the identity provider, not the token", async () => {
    const { transport } = fake({ [FEDERATED]: () => new Response("Unauthorized", { status: 401 }) });
    const error = await new OidcAccessTokenAuth({ ...federation, accessToken: ACCESS })
      .authenticate(transport)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FederatedLoginRefusedError);
    expect(error).toMatchObject({ identityProvider: "my-idp", protocol: "openid", status: 401 });
    for (const text of forms(error)) expect(text).not.toContain(ACCESS);
  });

  it("refuses an empty token and keeps the token out of its string forms", () => {
    expect(() => new OidcAccessTokenAuth({ ...federation, accessToken: "" })).toThrow(/needs accessToken/);
    for (const text of forms(new OidcAccessTokenAuth({ ...federation, accessToken: ACCESS }))) {
      expect(text).not.toContain(ACCESS);
    }
  });
});

describe("the registry", () => {
  it("builds each OpenID Connect plugin by keystoneauth's name", () => {
    expect(createAuthPlugin("v3oidcaccesstoken", { ...federation, accessToken: ACCESS })).toBeInstanceOf(
      OidcAccessTokenAuth,
    );
    expect(createAuthPlugin("v3oidcclientcredentials", client)).toBeInstanceOf(OidcClientCredentialsAuth);
    expect(createAuthPlugin("v3oidcpassword", { ...client, username: "a", password: "p" })).toBeInstanceOf(
      OidcPasswordAuth,
    );
  });
});

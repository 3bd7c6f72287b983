import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inspect } from "node:util";
import { OAuth2ClientCredentialAuth } from "../../src/auth/oauth2-client-credential.js";
import { OAuth2ClientRejectedError, OAuth2RequestError } from "../../src/auth/oauth2-errors.js";
import type { AuthGetOptions, AuthPostOptions, AuthTransport } from "../../src/auth/plugin.js";
import { ConfigError } from "../../src/errors/sdk-errors.js";
import { ResponseValidationError } from "../../src/errors/response-validation-error.js";

const sample = (name: string) => readFileSync(new URL(`api-samples/${name}`, import.meta.url), "utf8");
const GRANT_REQUEST = sample("token-create-request.txt");
const GRANT = JSON.parse(sample("token-create-response.json")) as { access_token: string; expires_in: number };
const TOKEN_BODY = JSON.parse(sample("project-scoped-token.json")) as { token: Record<string, any> };
const AUTH_URL = "http://keystone.test/v3";
const CLIENT_ID = "12d31647289c45e1b69e57273fce78b4"; // the reference sample's client id
const SECRET = "client-secret-ü";

/** A Keystone answering the grant and the validation as its reference shows them. */
function keystone(grant: () => Response = () => Response.json(GRANT)) {
  const posts: { url: string; json: unknown; options: AuthPostOptions | undefined }[] = [];
  const gets: { url: string; options: AuthGetOptions | undefined }[] = [];
  const transport: AuthTransport = {
    post: async (url, json, _signal, options) => {
      posts.push({ url, json, options });
      return grant();
    },
    get: async (url, _signal, options) => {
      gets.push({ url, options });
      return Response.json(TOKEN_BODY, { headers: { "X-Subject-Token": options?.headers?.["X-Subject-Token"] ?? "" } });
    },
  };
  return { transport, posts, gets };
}

const plugin = (extra: Record<string, unknown> = {}) =>
  new OAuth2ClientCredentialAuth({
    authUrl: AUTH_URL,
    oauth2ClientId: CLIENT_ID,
    oauth2ClientSecret: SECRET,
    ...extra,
  });

describe("OAuth2ClientCredentialAuth", () => {
  it("sends the reference's grant as a form with HTTP Basic, then validates the access token with itself", async () => {
    const { transport, posts, gets } = keystone();
    const result = await plugin().authenticate(transport);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.url).toBe(`${AUTH_URL}/OS-OAUTH2/token`);
    // The reference's sample body names the client too (for mutual TLS); with a secret, Basic carries it.
    expect(GRANT_REQUEST.startsWith(new URLSearchParams(posts[0]!.options!.form).toString())).toBe(true);
    const basic = posts[0]!.options!.headers!["Authorization"]!;
    expect(new TextDecoder().decode(Uint8Array.from(atob(basic.slice(6)), (c) => c.charCodeAt(0)))).toBe(
      `${CLIENT_ID}:${SECRET}`,
    );
    expect(gets).toEqual([
      {
        url: `${AUTH_URL}/auth/tokens`,
        options: { headers: { "X-Auth-Token": GRANT.access_token, "X-Subject-Token": GRANT.access_token } },
      },
    ]);
    expect(result.token).toBe(GRANT.access_token);
    expect(result.bearer).toBe(true);
    expect(result.project?.id).toBe(TOKEN_BODY.token["project"].id);
    expect(result.user?.id).toBe(TOKEN_BODY.token["user"].id);
    expect(result.expiresAt?.toISOString()).toBe(new Date(TOKEN_BODY.token["expires_at"]).toISOString());
    expect(result.catalog?.length).toBe(TOKEN_BODY.token["catalog"].length);
  });

  it("uses the endpoint it is given", async () => {
    const { transport, posts } = keystone();
    await plugin({ oauth2Endpoint: "http://keystone.test/identity/v3/OS-OAUTH2/token" }).authenticate(transport);
    expect(posts[0]!.url).toBe("http://keystone.test/identity/v3/OS-OAUTH2/token");
  });

  it("ends invalid_client in OAuth2ClientRejectedError, and a bad grant in OAuth2RequestError", async () => {
    const refused = keystone(() =>
      Response.json(
        { error: "invalid_client", error_description: "The request you have made requires authentication." },
        { status: 401 },
      ),
    );
    const error = await plugin()
      .authenticate(refused.transport)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuth2ClientRejectedError);
    expect((error as OAuth2ClientRejectedError).error).toBe("invalid_client");
    expect((error as Error).message).toMatch(/refused the OAuth 2.0 client 12d3.*requires authentication/);
    for (const form of [String(error), JSON.stringify(error), inspect(error, { showHidden: true })])
      expect(form).not.toContain(SECRET);
    const bad = keystone(() =>
      Response.json(
        { error: "unsupported_grant_type", error_description: "The parameter grant_type x is not supported." },
        { status: 400 },
      ),
    );
    const badError = await plugin()
      .authenticate(bad.transport)
      .catch((e: unknown) => e);
    expect(badError).toBeInstanceOf(OAuth2RequestError);
    expect((badError as OAuth2RequestError).serverCode).toBe("unsupported_grant_type");
  });

  it("refuses an answer without an access token", async () => {
    const { transport } = keystone(() => Response.json({ token_type: "Bearer" }));
    await expect(plugin().authenticate(transport)).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("needs the client's id and secret, and refuses a scope it could not honour", () => {
    expect(() => plugin({ oauth2ClientSecret: "" })).toThrow(/needs oauth2ClientSecret/);
    expect(() => plugin({ oauth2ClientId: undefined })).toThrow(/needs oauth2ClientId/);
    expect(() => plugin({ projectName: "demo" })).toThrow(ConfigError);
    expect(() => plugin({ projectName: "demo" })).toThrow(/takes no scope \(got projectName\)/);
  });

  it("never shows the secret in its string forms", () => {
    const auth = plugin();
    for (const form of [JSON.stringify(auth), String(auth), inspect(auth, { showHidden: true })])
      expect(form).not.toContain(SECRET);
  });
});

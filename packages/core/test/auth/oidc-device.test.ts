import { describe, expect, it } from "vitest";
import { OidcDeviceAuthorizationAuth } from "../../src/auth/oidc/device.js";
import { OidcEndpointMissingError, OidcProviderRefusedError } from "../../src/auth/oidc/errors.js";
import type { AuthPostOptions, AuthTransport } from "../../src/auth/plugin.js";

const DISCOVERY = "http://idp.test/.well-known/openid-configuration";
const DEVICE = "http://idp.test/device/auth";
const TOKEN = "http://idp.test/token";
const DEVICE_CODE = "secret-device-code";
const base = {
  authUrl: "http://keystone.test/v3",
  identityProvider: "idp",
  protocol: "openid",
  clientId: "pub",
  discoveryEndpoint: DISCOVERY,
};

/** A provider that answers the token endpoint with `answers` in turn (an OAuth error, or a token). */
function provider(
  answers: string[],
  metadata: Record<string, unknown> = { device_authorization_endpoint: DEVICE, token_endpoint: TOKEN },
) {
  const posts: { url: string; options: AuthPostOptions | undefined }[] = [];
  const transport: AuthTransport = {
    get: async () => Response.json(metadata),
    post: async (url, _json, _signal, options) => {
      posts.push({ url, options });
      if (url === DEVICE) {
        return Response.json({
          device_code: DEVICE_CODE,
          user_code: "ABCD-EFGH",
          verification_uri: "http://idp.test/device",
          verification_uri_complete: "http://idp.test/device?user_code=ABCD-EFGH",
          expires_in: 600,
          interval: 0,
        });
      }
      if (url === TOKEN) {
        const next = answers.shift() ?? "expired_token";
        return next === "token"
          ? Response.json({ access_token: "at", token_type: "Bearer" })
          : Response.json({ error: next }, { status: 400 });
      }
      return Response.json({ token: {} }, { status: 201, headers: { "X-Subject-Token": "unscoped" } });
    },
  };
  return { transport, posts };
}

describe("v3oidcdeviceauthz", () => {
  it("shows the code, then polls through authorization_pending and slow_down until the token comes", async () => {
    const { transport, posts } = provider(["authorization_pending", "slow_down", "token"]);
    const shown: unknown[] = [];
    const plugin = new OidcDeviceAuthorizationAuth({
      ...base,
      codeChallengeMethod: "S256",
      onDeviceCode: (prompt) => void shown.push(prompt),
    });
    // slow_down adds 5 s to the interval: the test waits for it, as the provider asks.
    const result = await plugin.authenticate(transport);
    expect(result.token).toBe("unscoped");
    expect(shown).toEqual([
      expect.objectContaining({
        userCode: "ABCD-EFGH",
        verificationUriComplete: "http://idp.test/device?user_code=ABCD-EFGH",
      }),
    ]);
    const device = Object.fromEntries(new URLSearchParams(posts[0]!.options!.form!));
    expect(device).toMatchObject({ client_id: "pub", scope: "openid profile", code_challenge_method: "S256" });
    const polls = posts
      .filter((p) => p.url === TOKEN)
      .map((p) => Object.fromEntries(new URLSearchParams(p.options!.form!)));
    expect(polls).toHaveLength(3);
    expect(polls[0]).toMatchObject({
      grant_type: "urn:ietf:params:oauth:grant-type:device_code",
      device_code: DEVICE_CODE,
    });
    expect(typeof polls[0]!["code_verifier"]).toBe("string");
    expect(posts.at(-1)!.options?.headers?.["Authorization"]).toBe("Bearer at");
  }, 20_000);

  it("ends a refusal (access_denied, expired_token) in OidcProviderRefusedError, the device code in no form of it", async () => {
    const { transport } = provider(["authorization_pending", "access_denied"]);
    const error = await new OidcDeviceAuthorizationAuth({ ...base, onDeviceCode: () => undefined })
      .authenticate(transport)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OidcProviderRefusedError);
    expect(error).toMatchObject({ error: "access_denied" });
    expect(`${String(error)}${JSON.stringify(error)}`).not.toContain(DEVICE_CODE);
  });

  it("needs onDeviceCode, S256 if any challenge method, and a device endpoint from somewhere", async () => {
    expect(() => new OidcDeviceAuthorizationAuth({ ...base } as never)).toThrow(/needs onDeviceCode/);
    expect(
      () => new OidcDeviceAuthorizationAuth({ ...base, codeChallengeMethod: "plain", onDeviceCode: () => undefined }),
    ).toThrow(/must be S256/);
    const { transport } = provider([], { token_endpoint: TOKEN });
    const error = await new OidcDeviceAuthorizationAuth({ ...base, onDeviceCode: () => undefined })
      .authenticate(transport)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OidcEndpointMissingError);
    expect(error).toMatchObject({ member: "device_authorization_endpoint" });
  });
});

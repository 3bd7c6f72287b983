import { describe, expect, it } from "vitest";
import { startOptions } from "../../src/server/options.js";

const REAL = ["--auth-url", "http://127.0.0.1:5000/v3"];
const SSO = ["--sso-auth-url", "http://127.0.0.1:5080/v3/", "--identity-provider", "loopback-oidc"];
const PKCE = ["--oidc-discovery", "http://127.0.0.1:8900/.well-known/openid-configuration", "--oidc-client-id", "pub"];

describe("single sign-on options", () => {
  it("are absent unless asked for", () => {
    expect(startOptions(REAL, {})).not.toHaveProperty("sso");
  });

  it("offer WebSSO with the front and the identity provider, protocol openid unless named", () => {
    expect(startOptions([...REAL, ...SSO], {})).toMatchObject({
      sso: { federationAuthUrl: "http://127.0.0.1:5080/v3", identityProvider: "loopback-oidc", protocol: "openid" },
    });
    expect(startOptions([...REAL, ...SSO, "--protocol", "mapped"], {})).toMatchObject({ sso: { protocol: "mapped" } });
    const webSsoOnly = startOptions([...REAL, ...SSO], {});
    expect(webSsoOnly !== "help" && webSsoOnly.sso).not.toHaveProperty("clientId");
  });

  it("offer PKCE too with the provider's discovery document and public client", () => {
    expect(startOptions([...REAL, ...SSO, ...PKCE], {})).toMatchObject({
      sso: { discoveryEndpoint: "http://127.0.0.1:8900/.well-known/openid-configuration", clientId: "pub" },
    });
  });

  it("refuse an option without the ones it needs, naming them", () => {
    expect(() => startOptions([...REAL, "--identity-provider", "x"], {})).toThrow(
      /--identity-provider needs --sso-auth-url/,
    );
    expect(() => startOptions([...REAL, "--sso-auth-url", "http://127.0.0.1:5080/v3"], {})).toThrow(
      /needs --identity-provider/,
    );
    expect(() => startOptions([...REAL, ...SSO, PKCE[0]!, PKCE[1]!], {})).toThrow(/go together/);
    expect(() => startOptions(SSO, {})).toThrow(/needs --auth-url/);
    expect(() => startOptions([...REAL, "--sso-auth-url", "127.0.0.1:5080", "--identity-provider", "x"], {})).toThrow(
      /--sso-auth-url must be an http\(s\) URL/,
    );
  });
});

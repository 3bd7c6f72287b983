import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AuthTransport } from "../../src/auth/plugin.js";

const authUrl = "http://keystone.test/v3";

// The registry keeps what it has loaded for the module's life: each test starts from a fresh copy.
// A fresh copy is core's whole index transformed again: seconds when CI's cloud starts beside
// the unit suite, so the hook gets more than vitest's default 10 s.
let lazy: typeof import("../../src/auth/lazy-auth.js");
let plugins: typeof import("../../src/index.js");
beforeEach(async () => {
  vi.resetModules();
  lazy = await import("../../src/auth/lazy-auth.js");
  plugins = await import("../../src/index.js");
}, 60_000);

/** A transport that records what the plugin asked for and refuses it, so a login goes no further. */
function refusingTransport() {
  const asked: string[] = [];
  const refuse = (url: string) => {
    asked.push(url);
    return Promise.reject(new Error("stop here"));
  };
  const transport: AuthTransport = { post: refuse, get: refuse };
  return { asked, transport };
}

describe("authPluginFor, the registry a Connection uses", () => {
  it("builds the basic logins at once, with their argument errors thrown synchronously", () => {
    expect(lazy.authPluginFor("v3password", { authUrl, username: "u", password: "p" })).toBeInstanceOf(
      plugins.PasswordAuth,
    );
    expect(lazy.authPluginFor(undefined, { authUrl, token: "t" })).toBeInstanceOf(plugins.TokenAuth);
    expect(() => lazy.authPluginFor("password", { username: "u", password: "p" })).toThrow(/authUrl/);
  });

  it("refuses an unknown name at once with a ConfigError listing the known ones, before loading anything", async () => {
    const attempt = () => lazy.authPluginFor("v2password", { authUrl });
    expect(attempt).toThrow(plugins.ConfigError);
    expect(attempt).toThrow(/Unknown auth type 'v2password'; known: .*v3oidcdeviceauthz.*noauth/);
    await expect(lazy.loadAuthType("v3samlpassword")).rejects.toThrow(/Unknown auth type 'v3samlpassword'/);
  });

  it("stands in for a login not loaded yet, loads it at the first login and hands over to it", async () => {
    const plugin = lazy.authPluginFor("v3totp", { authUrl, userId: "u", passcode: "012345" });
    expect(plugin).not.toBeInstanceOf(plugins.TotpAuth);
    expect(plugin.authUrl).toBe(authUrl);
    const { asked, transport } = refusingTransport();
    await expect(plugin.authenticate(transport)).rejects.toThrow("stop here");
    // TotpAuth's own login ran: it asked Keystone, at the auth URL, for a token.
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^http:\/\/keystone\.test\/v3/);
    // Loaded now: the next one is the plugin itself.
    expect(lazy.authPluginFor("v3totp", { authUrl, userId: "u", passcode: "012345" })).toBeInstanceOf(plugins.TotpAuth);
  });

  it("reports a deferred login's argument error at its first login, as the plugin's own ConfigError", async () => {
    const plugin = lazy.authPluginFor("v3oidcpassword", { authUrl, password: "secret-pw" });
    const error = await plugin.authenticate(refusingTransport().transport).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(plugins.ConfigError);
    expect(String(error)).toMatch(/v3oidcpassword/);
    expect(String(error)).not.toContain("secret-pw");
  });

  it("builds every login at once after loadAuthType, as fromConfig does before making a Connection", async () => {
    await lazy.loadAuthType("v3oidcpassword");
    const args = { authUrl, identityProvider: "idp", protocol: "openid", clientId: "c", username: "u", password: "p" };
    expect(
      lazy.authPluginFor("v3oidcpassword", { ...args, discoveryEndpoint: "http://idp.test/.well-known" }),
    ).toBeInstanceOf(plugins.OidcPasswordAuth);
    expect(() => lazy.authPluginFor("v3oidcpassword", { authUrl })).toThrow(plugins.ConfigError);
  });

  it("keeps a deferred login's secrets out of its string and JSON forms", () => {
    const plugin = lazy.authPluginFor("v3oauth2clientcredential", {
      authUrl,
      oauth2Endpoint: "http://keystone.test/v3/OS-OAUTH2/token",
      oauth2ClientId: "client",
      oauth2ClientSecret: "very-secret",
    });
    expect(JSON.stringify(plugin)).not.toContain("very-secret");
    expect(String(Object.entries(plugin))).not.toContain("very-secret");
  });
});

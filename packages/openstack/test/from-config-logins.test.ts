import { ConfigError, OidcPasswordAuth, TotpAuth } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { Connection } from "../src/connection.js";
import { fromConfig } from "../src/from-config.js";

const authUrl = "http://keystone.test/v3";
const cloudConfig = (authType: string, auth: Record<string, unknown>) => ({
  clouds: { mine: { auth_type: authType, auth: { auth_url: authUrl, ...auth } } },
});

// A Connection loads the less common logins' code at the first login (core/logins); fromConfig
// loads it first, so clouds.yaml gets the plugin itself and its argument errors at once.
describe("fromConfig with a login a Connection loads lazily", () => {
  it("gives the Connection the plugin itself for every auth_type clouds.yaml names", async () => {
    const oidc = await fromConfig({
      cloudName: "mine",
      env: {},
      cloudConfig: cloudConfig("v3oidcpassword", {
        identity_provider: "idp",
        protocol: "openid",
        client_id: "c",
        username: "u",
        password: "p",
        discovery_endpoint: "http://idp.test/.well-known/openid-configuration",
      }),
    });
    expect(oidc.session.tokens.plugin).toBeInstanceOf(OidcPasswordAuth);
    const totp = await fromConfig({
      cloudName: "mine",
      env: {},
      cloudConfig: cloudConfig("v3totp", { user_id: "u", passcode: "012345" }),
    });
    expect(totp.session.tokens.plugin).toBeInstanceOf(TotpAuth);
  });

  it("rejects a cloud whose login lacks an argument, as it did when every login was loaded up front", async () => {
    const attempt = fromConfig({ cloudName: "mine", env: {}, cloudConfig: cloudConfig("v3oidcpassword", {}) });
    await expect(attempt).rejects.toThrow(ConfigError);
  });

  it("refuses an unknown auth_type with a ConfigError naming it", async () => {
    const attempt = fromConfig({ cloudName: "mine", env: {}, cloudConfig: cloudConfig("v3samlpassword", {}) });
    await expect(attempt).rejects.toThrow(/v3samlpassword/);
    expect(() => new Connection({ authUrl, authPlugin: "v3samlpassword" })).toThrow(ConfigError);
  });
});

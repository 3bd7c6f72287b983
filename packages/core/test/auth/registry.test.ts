import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors/sdk-errors.js";
import { ApplicationCredentialAuth } from "../../src/auth/application-credential.js";
import { PasswordAuth } from "../../src/auth/password.js";
import { authTypes, createAuthPlugin, type AuthArguments } from "../../src/auth/registry.js";
import { AdminTokenAuth, NoAuth } from "../../src/auth/static.js";
import { TokenAuth } from "../../src/auth/token.js";
import { TotpAuth } from "../../src/auth/totp.js";
import { MultiFactorAuth } from "../../src/auth/multi-factor.js";

const authUrl = "http://keystone.test/v3";
const password: AuthArguments = { authUrl, username: "admin", password: "pw" };
const token: AuthArguments = { authUrl, token: "tok" };
const appCred: AuthArguments = { authUrl, applicationCredentialId: "ac", applicationCredentialSecret: "s" };

describe("createAuthPlugin", () => {
  it.each([
    ["password", password, PasswordAuth],
    ["v3password", password, PasswordAuth],
    ["token", token, TokenAuth],
    ["v3token", token, TokenAuth],
    ["v3applicationcredential", appCred, ApplicationCredentialAuth],
    ["applicationcredential", appCred, ApplicationCredentialAuth],
    ["admin_token", { token: "tok" }, AdminTokenAuth],
    ["token_endpoint", { token: "tok" }, AdminTokenAuth],
    ["none", {}, NoAuth],
    ["noauth", {}, NoAuth],
    ["v3totp", { authUrl, userId: "u", passcode: "012345" }, TotpAuth],
    ["v3multifactor", { ...password, passcode: "012345", authMethods: ["v3password", "v3totp"] }, MultiFactorAuth],
  ] as const)("builds %s", (name, args, Plugin) => {
    expect(createAuthPlugin(name, args)).toBeInstanceOf(Plugin);
  });

  it("infers the type when none is given: application credential, else token without password, else password", () => {
    expect(createAuthPlugin(undefined, appCred)).toBeInstanceOf(ApplicationCredentialAuth);
    expect(
      createAuthPlugin(undefined, {
        authUrl,
        applicationCredentialName: "ci",
        userId: "u",
        applicationCredentialSecret: "s",
      }),
    ).toBeInstanceOf(ApplicationCredentialAuth);
    expect(createAuthPlugin(undefined, token)).toBeInstanceOf(TokenAuth);
    expect(createAuthPlugin(undefined, password)).toBeInstanceOf(PasswordAuth);
    expect(createAuthPlugin(undefined, { ...password, token: "tok" })).toBeInstanceOf(PasswordAuth);
  });

  it("rejects an unknown name with a ConfigError listing the known ones", () => {
    const attempt = () => createAuthPlugin("v2password", password);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      /Unknown auth type 'v2password'; known: .*password.*v3applicationcredential.*admin_token.*none/,
    );
    expect(authTypes()).toEqual(
      expect.arrayContaining([
        "password",
        "v3password",
        "token",
        "v3token",
        "v3applicationcredential",
        "admin_token",
        "none",
      ]),
    );
  });

  it("reports missing fields as ConfigError", () => {
    expect(() => createAuthPlugin("password", { authUrl, password: "pw" })).toThrow(ConfigError);
    expect(() => createAuthPlugin("password", { username: "a", password: "pw" })).toThrow(/authUrl/);
    expect(() => createAuthPlugin("token", { authUrl })).toThrow(/needs token/);
    expect(() => createAuthPlugin("admin_token", {})).toThrow(ConfigError);
    expect(() => createAuthPlugin("v3applicationcredential", { authUrl, applicationCredentialSecret: "s" })).toThrow(
      ConfigError,
    );
  });
});

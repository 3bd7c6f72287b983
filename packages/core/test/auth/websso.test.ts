import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { acceptWebSsoToken, WebSsoCallbackError, webSsoUrl } from "../../src/auth/websso.js";
import { ConfigError, InvalidArgumentError } from "../../src/errors/sdk-errors.js";

const ORIGIN = "http://127.0.0.1:5173/auth/websso/";
const TOKEN = "gAAAAABrFVm605_A6V3LsYOTbOmNKv06x9UqRrZsx6UjikbEVPxtEdxSFyg2eH5R8a4xbLeWePV242jXGUynT9";
const KEYSTONE = { keystoneOrigins: ["http://127.0.0.1:5000"] };

describe("webSsoUrl", () => {
  it("names the protocol's WebSSO path with the origin, as Keystone routes it", () => {
    expect(webSsoUrl({ authUrl: "http://127.0.0.1:5000/v3", protocol: "openid", origin: ORIGIN })).toBe(
      `http://127.0.0.1:5000/v3/auth/OS-FEDERATION/websso/openid?origin=${encodeURIComponent(ORIGIN)}`,
    );
  });

  it("names the identity provider's path, under a prefixed and unversioned auth URL", () => {
    const url = new URL(
      webSsoUrl({
        authUrl: "https://cloud.test/identity/",
        protocol: "openid",
        identityProvider: "my idp",
        origin: ORIGIN,
      }),
    );
    expect(url.pathname).toBe("/identity/v3/auth/OS-FEDERATION/identity_providers/my%20idp/protocols/openid/websso");
    expect(url.searchParams.get("origin")).toBe(ORIGIN);
  });

  it("refuses what Keystone could not route or post back to", () => {
    expect(() => webSsoUrl({ authUrl: "127.0.0.1:5000", protocol: "openid", origin: ORIGIN })).toThrow(ConfigError);
    expect(() => webSsoUrl({ authUrl: "http://k/v3", protocol: "openid", origin: "/relative" })).toThrow(
      /origin must be an absolute URL/,
    );
    expect(() => webSsoUrl({ authUrl: "http://k/v3", protocol: "", origin: ORIGIN })).toThrow(InvalidArgumentError);
    expect(() => webSsoUrl({ authUrl: "http://k/v3", protocol: "a/b", origin: ORIGIN })).toThrow(/never contain '\/'/);
    expect(() =>
      webSsoUrl({ authUrl: "http://k/v3", protocol: "openid", identityProvider: "", origin: ORIGIN }),
    ).toThrow(InvalidArgumentError);
  });
});

/** What Keystone's callback page makes the browser send: a form POST from Keystone's origin. */
const posted = (body: BodyInit, headers: Record<string, string> = {}, method = "POST") =>
  new Request(ORIGIN, {
    method,
    headers: { Origin: "http://127.0.0.1:5000", "Content-Type": "application/x-www-form-urlencoded", ...headers },
    ...(method === "POST" && { body }),
  });

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("accepted");
    },
    (error: unknown) => error as WebSsoCallbackError,
  );

describe("acceptWebSsoToken", () => {
  it("reads the token field of Keystone's form", async () => {
    expect(await acceptWebSsoToken(posted(new URLSearchParams({ token: TOKEN })), KEYSTONE)).toBe(TOKEN);
  });

  it("accepts a multipart form, and a post without Origin (not from a browser)", async () => {
    const form = new FormData();
    form.set("token", TOKEN);
    expect(await acceptWebSsoToken(new Request(ORIGIN, { method: "POST", body: form }), KEYSTONE)).toBe(TOKEN);
    const bare = new Request(ORIGIN, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `token=${TOKEN}`,
    });
    expect(await acceptWebSsoToken(bare, KEYSTONE)).toBe(TOKEN);
  });

  it.each([
    ["a GET", posted("", {}, "GET"), 405, /expected Keystone's POST, got GET/],
    [
      "another site's post",
      posted(`token=${TOKEN}`, { Origin: "http://evil.test" }),
      403,
      /posted from http:\/\/evil\.test/,
    ],
    ["JSON", posted(JSON.stringify({ token: TOKEN }), { "Content-Type": "application/json" }), 415, /expected a form/],
    ["no token field", posted("other=1"), 400, /no token field/],
    ["a token with markup", posted(`token=${TOKEN}<script>`), 400, /not a Keystone token \(\d+ characters\)/],
  ])("refuses %s with its status, the token in no string form", async (_what, request, status, message) => {
    const error = await refusal(acceptWebSsoToken(request, KEYSTONE));
    expect(error).toBeInstanceOf(WebSsoCallbackError);
    expect(error.status).toBe(status);
    expect(error.message).toMatch(message);
    for (const form of [String(error), JSON.stringify(error), inspect(error, { showHidden: true })])
      expect(form).not.toContain(TOKEN);
  });

  it("needs Keystone's origin", async () => {
    await expect(acceptWebSsoToken(posted(`token=${TOKEN}`), { keystoneOrigins: [] })).rejects.toBeInstanceOf(
      ConfigError,
    );
  });
});

// Keystone's WebSSO through the loopback OpenID Connect provider, walked as a browser walks it
// (redirects followed by hand, one cookie jar for 127.0.0.1, as a browser keeps cookies per
// host and not per port): Keystone's WebSSO path behind mod_auth_openidc sends the person to
// the provider's login page, the form is filled in, the provider's code comes back to
// mod_auth_openidc, which exchanges it, and Keystone answers with the page that POSTs an
// unscoped federated token to the trusted dashboard. That token is then scoped by the SDK.
import { readFileSync } from "node:fs";
import { request } from "node:http";
import {
  authorizationRequest,
  Connection,
  type ConnectionOptions,
  type DeviceCodePrompt,
  OidcProviderRefusedError,
  TokenAuth,
} from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { STATE } from "./support/cloud.js";

const FRONT = "http://127.0.0.1:5080";
const ORIGIN = "http://127.0.0.1:8000/websso";
const WEBSSO = `${FRONT}/v3/auth/OS-FEDERATION/identity_providers/loopback-oidc/protocols/openid/websso?origin=${encodeURIComponent(ORIGIN)}`;

/** A browser's cookie jar for one host, enough for these two servers. */
class Jar {
  #cookies = new Map<string, string>();
  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  take(lines: string[]): void {
    for (const line of lines) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === "") this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }
}

/** One request as a browser's navigation sends it. Not fetch: it says `Sec-Fetch-Mode: cors`, and
 * mod_auth_openidc answers such a request (a script's, not a page's) with 401 instead of the login. */
function navigate(url: string, cookie: string, form?: URLSearchParams): Promise<Answer> {
  const body = form?.toString();
  const headers: Record<string, string> = { accept: "text/html", "sec-fetch-mode": "navigate", cookie };
  if (body) headers["content-type"] = "application/x-www-form-urlencoded";
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: body ? "POST" : "GET", headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          location: response.headers.location,
          cookies: response.headers["set-cookie"] ?? [],
          text,
        }),
      );
    });
    sent.on("error", reject);
    sent.end(body);
  });
}
interface Answer {
  status: number;
  location: string | undefined;
  cookies: string[];
  text: string;
}

/** GET (or POST a form) and follow redirects by hand, keeping cookies; the last answer and every URL visited. */
async function browse(jar: Jar, url: string, form?: URLSearchParams, stopAt?: string) {
  const visited: string[] = [];
  let next = url;
  let body = form;
  for (let hop = 0; hop < 12; hop++) {
    visited.push(next);
    const response = await navigate(next, jar.header(), body);
    jar.take(response.cookies);
    if (response.status < 300 || response.status >= 400 || !response.location) return { response, visited };
    next = new URL(response.location, next).toString();
    body = undefined;
    // The redirect to an app's own page (nothing listens there): the end of the provider's part.
    if (stopAt && next.startsWith(stopAt)) return { response, visited: [...visited, next] };
  }
  throw new Error(`too many redirects: ${visited.join(" -> ")}`);
}

describe("WebSSO through mod_auth_openidc and the loopback provider", () => {
  it("logs alice in at the provider's page and hands the dashboard origin a token the SDK scopes", async () => {
    const jar = new Jar();
    const login = await browse(jar, WEBSSO);
    const page = login.response.text;
    expect(login.response.status).toBe(200);
    expect(login.visited[1]).toMatch(/^http:\/\/127\.0\.0\.1:8900\/auth\?/);
    expect(new URL(login.visited[1]!).searchParams.get("client_id")).toBe("keystone");
    expect(page).toContain("Sign in");
    const action = /action="([^"]+)"/.exec(page)![1]!;

    const wrong = await browse(
      jar,
      new URL(action, login.visited.at(-1)).toString(),
      new URLSearchParams({ login: "alice", password: "not-hers" }),
    );
    expect(wrong.response.status).toBe(401);
    expect(wrong.response.text).toContain("Wrong username or password");

    const form = new URLSearchParams({ login: "alice", password: "alice-oidc-secret" });
    const done = await browse(jar, new URL(action, login.visited.at(-1)).toString(), form);
    const callback = done.response.text;
    expect(done.response.status).toBe(200);
    expect(done.visited.some((url) => url.startsWith(`${FRONT}/v3/auth/OS-FEDERATION/websso/redirect?`))).toBe(true);
    // Keystone's sso_callback_template: a form that POSTs the token to the trusted dashboard.
    expect(callback).toContain(`action="${ORIGIN}"`);
    const token = /name="token" id="token" value="([^"]+)"/.exec(callback)![1]!;

    const scoped = new Connection({
      authenticator: new TokenAuth({
        authUrl: `${FRONT}/v3`,
        token,
        projectName: "federated",
        projectDomainName: "Default",
      }),
      regionName: "RegionOne",
    });
    const access = await scoped.session.access();
    expect([access.user?.name, access.project?.name]).toEqual(["alice", "federated"]);
    expect((access.roles ?? []).map((role) => role.name)).toContain("member");
  });

  it("refuses an origin Keystone does not trust, after the login", async () => {
    const jar = new Jar();
    const untrusted = WEBSSO.replace(encodeURIComponent(ORIGIN), encodeURIComponent("http://127.0.0.1:9999/evil"));
    const login = await browse(jar, untrusted);
    const action = /action="([^"]+)"/.exec(login.response.text)![1]!;
    const form = new URLSearchParams({ login: "alice", password: "alice-oidc-secret" });
    const done = await browse(jar, new URL(action, login.visited.at(-1)).toString(), form);
    expect(done.response.status).toBe(401);
    expect(done.response.text).not.toContain('name="token"');
  });

  it("keeps authorization codes and tokens out of the front's access log", () => {
    const log = readFileSync(new URL("logs/oidc-apache-access.log", STATE), "utf8");
    expect(log).toContain("/websso/redirect");
    expect(log).not.toMatch(/[?&](code|state|access_token)=/);
  });
});

describe("v3oidcauthcode with PKCE, as a browser app with no server logs in", () => {
  const redirectUri = "http://127.0.0.1:8901/callback";
  const request = () =>
    authorizationRequest({
      clientId: "openstack-ts-public",
      redirectUri,
      discoveryEndpoint: "http://127.0.0.1:8900/.well-known/openid-configuration",
      scope: "openid profile",
    });
  /** The person logs in at the provider's page; the code and state the redirect brings back. */
  async function codeFor(url: string) {
    const jar = new Jar();
    const login = await browse(jar, url);
    const action = /action="([^"]+)"/.exec(login.response.text)![1]!;
    const form = new URLSearchParams({ login: "alice", password: "alice-oidc-secret" });
    const done = await browse(jar, new URL(action, login.visited.at(-1)).toString(), form, redirectUri);
    const back = new URL(done.visited.at(-1)!);
    expect(back.origin + back.pathname).toBe(redirectUri);
    return { code: back.searchParams.get("code")!, state: back.searchParams.get("state") };
  }
  const login = (code: string, codeVerifier: string) =>
    new Connection({
      authPlugin: "v3oidcauthcode",
      authUrl: `${FRONT}/v3`,
      identityProvider: "loopback-oidc",
      protocol: "openid",
      clientId: "openstack-ts-public",
      discoveryEndpoint: "http://127.0.0.1:8900/.well-known/openid-configuration",
      redirectUri,
      code,
      codeVerifier,
      projectName: "federated",
      projectDomainName: "Default",
      regionName: "RegionOne",
    } as ConnectionOptions);

  it("builds the authorization URL (S256 challenge, no verifier in it) and exchanges the code for alice's token", async () => {
    const started = await request();
    const url = new URL(started.url);
    expect(url.origin + url.pathname).toBe("http://127.0.0.1:8900/auth");
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(started.url).not.toContain(started.codeVerifier);
    const { code, state } = await codeFor(started.url);
    expect(state).toBe(started.state);
    const access = await login(code, started.codeVerifier).session.access();
    expect([access.user?.name, access.project?.name]).toEqual(["alice", "federated"]);
  });

  it("ends a code sent with another request's verifier in OidcProviderRefusedError", async () => {
    const started = await request();
    const other = await request();
    const { code } = await codeFor(started.url);
    const error = await login(code, other.codeVerifier)
      .session.access()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OidcProviderRefusedError);
    expect(error).toMatchObject({ error: "invalid_grant", grantType: "authorization_code" });
    expect(String(error)).not.toContain(code);
  });
});

/** Submits a page's first form as its button would: its hidden fields, changed by `change`. */
async function submitFirstForm(
  jar: Jar,
  page: { text: string; url: string },
  change: Record<string, string | null> = {},
) {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(page.text)!;
  const fields = new URLSearchParams();
  for (const input of form[2]!.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g))
    fields.set(input[1]!, input[2]!);
  for (const [name, value] of Object.entries(change)) {
    if (value === null) fields.delete(name);
    else fields.set(name, value);
  }
  const answer = await browse(jar, new URL(form[1]!, page.url).toString(), fields);
  return { ...answer, page: { text: answer.response.text, url: answer.visited.at(-1)! } };
}

describe("v3oidcdeviceauthz, as a command-line tool without a browser logs in", () => {
  /** The person, on another device: opens the URI with the code, confirms it (or aborts), logs in. */
  async function approve(uri: string, abort = false) {
    const jar = new Jar();
    const opened = await browse(jar, uri);
    // The provider's page posts itself (a script), then asks to confirm the code.
    const confirm = await submitFirstForm(jar, { text: opened.response.text, url: uri });
    const login = await submitFirstForm(jar, confirm.page, abort ? { abort: "yes", confirm: null } : {});
    if (abort) return login;
    const action = /action="([^"]+)"/.exec(login.page.text)![1]!;
    const credentials = new URLSearchParams({ login: "alice", password: "alice-oidc-secret" });
    return browse(jar, new URL(action, login.page.url).toString(), credentials);
  }
  const device = (onDeviceCode: (prompt: DeviceCodePrompt) => void) =>
    new Connection({
      authPlugin: "v3oidcdeviceauthz",
      authUrl: `${FRONT}/v3`,
      identityProvider: "loopback-oidc",
      protocol: "openid",
      clientId: "openstack-ts-public",
      discoveryEndpoint: "http://127.0.0.1:8900/.well-known/openid-configuration",
      codeChallengeMethod: "S256",
      onDeviceCode,
      projectName: "federated",
      projectDomainName: "Default",
      regionName: "RegionOne",
    } as ConnectionOptions);

  it("shows the code, polls while alice approves it at the provider, and gets her token", async () => {
    let person: Promise<{ response: { text: string } }> | undefined;
    let shown: DeviceCodePrompt | undefined;
    const access = await device((prompt) => {
      shown = prompt;
      person = approve(prompt.verificationUriComplete!);
    }).session.access();
    expect(shown?.verificationUri).toBe("http://127.0.0.1:8900/device");
    expect(shown?.verificationUriComplete).toContain(shown!.userCode);
    expect((await person!).response.text).toContain("Signed in");
    expect([access.user?.name, access.project?.name]).toEqual(["alice", "federated"]);
  });

  it("ends a code the person aborts in OidcProviderRefusedError (access_denied)", async () => {
    const refusal = await device((prompt) => {
      void approve(prompt.verificationUriComplete!, true);
    })
      .session.access()
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(OidcProviderRefusedError);
    expect(refusal).toMatchObject({ error: "access_denied" });
  });
});

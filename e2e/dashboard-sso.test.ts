// The dashboard's single sign-on and second factor in Debian's Chromium, against the real
// loopback cloud (issue 15): "Log in with your organisation" through Keystone's WebSSO on the
// federation front (:5080) and the loopback provider's own login page, Keystone's token posted
// back to the dashboard's /websso; the same with PKCE in the page (no server help); and a
// password login that Keystone answers with a receipt, completed with the passcode the page
// asks for. The dashboard listens on 127.0.0.1:8000: Keystone's trusted_dashboard and the
// public client's redirect URI name that origin (services/keystone.sh, oidc/accounts.mjs).
import { Connection } from "@openstack-ts/openstack";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start, type RunningDashboard } from "../apps/dashboard/start.mjs";
import { launchChromium } from "./support/browser.js";
import { admin, AUTH_URL, uniqueName } from "./support/cloud.js";
import { openPage, shoot } from "./support/dashboard-page.js";
import { freshPasscode, newTotpSecret, wrongPasscode } from "./support/totp.js";
import { undoLater } from "./support/undo-later.js";

const ORIGIN = "http://127.0.0.1:8000";
const FRONT = "http://127.0.0.1:5080";
const ISSUER = "http://127.0.0.1:8900";
const ALICE = { login: "alice", password: "alice-oidc-secret" };

let browser: Browser;
let dashboard: RunningDashboard;
beforeAll(async () => {
  browser = await launchChromium();
  const started = await start(
    [
      "--port",
      "8000",
      "--auth-url",
      AUTH_URL,
      "--sso-auth-url",
      `${FRONT}/v3`,
      "--identity-provider",
      "loopback-oidc",
      "--oidc-discovery",
      `${ISSUER}/.well-known/openid-configuration`,
      "--oidc-client-id",
      "openstack-ts-public",
    ],
    {},
  );
  if (started.dashboard === "help") throw new Error("the dashboard printed its help");
  dashboard = started.dashboard;
}, 120_000);
afterAll(async () => {
  await dashboard?.close();
  await browser?.close();
});

/** Every URL the page asked for, and every console line: where a code or token must not end up. */
function watch(page: Page) {
  const requests: { method: string; url: string }[] = [];
  const console: string[] = [];
  page.on("request", (request) => requests.push({ method: request.method(), url: request.url() }));
  page.on("console", (message) => console.push(message.text()));
  return { requests, console };
}

/** The person at the provider's own login page (served by the provider on :8900). */
async function signInAtProvider(page: Page, password = ALICE.password): Promise<void> {
  await page.waitForURL(`${ISSUER}/interaction/**`, { timeout: 30_000 });
  expect(await page.textContent("h1")).toBe("Sign in");
  await page.fill('input[name="login"]', ALICE.login);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
}

/** The shell's header: who is logged in, and in which project. */
async function loggedInAs(page: Page): Promise<{ who: string; project: string }> {
  await page.waitForSelector("header", { timeout: 60_000 });
  return {
    who: await page.$eval("header .who", (who) => (who.firstChild?.textContent ?? "").trim()),
    project: await page.$eval("#project", (select) => (select as HTMLSelectElement).selectedOptions[0]?.text ?? ""),
  };
}

describe("single sign-on from the dashboard (pnpm start -- --sso-auth-url …)", () => {
  it("serves the SSO settings, and only to a real cloud's dashboard", () => {
    expect(dashboard.url).toBe(`${ORIGIN}/`);
    expect(dashboard.config.sso).toEqual({
      federationAuthUrl: `${FRONT}/v3`,
      identityProvider: "loopback-oidc",
      protocol: "openid",
      discoveryEndpoint: `${ISSUER}/.well-known/openid-configuration`,
      clientId: "openstack-ts-public",
    });
  });

  it("logs alice in with 'Log in with your organisation': Keystone's WebSSO, the provider's page, Keystone's token posted back", async () => {
    const { page, problems } = await openPage(browser, dashboard);
    const seen = watch(page);
    let posted = "";
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url() === `${ORIGIN}/websso`) posted = request.postData() ?? "";
    });
    await shoot(page, "sso-login");
    await page.click("#sso-websso");
    await signInAtProvider(page);
    expect(await loggedInAs(page)).toEqual({ who: "alice in", project: "federated" });
    await shoot(page, "sso-websso-done");
    // Keystone's page posted the token to the trusted dashboard, from the federation front.
    const token = new URLSearchParams(posted).get("token") ?? "";
    expect(token.length).toBeGreaterThan(20);
    expect(seen.requests.some((r) => r.url.startsWith(`${FRONT}/v3/auth/OS-FEDERATION/identity_providers/`))).toBe(
      true,
    );
    // Back at the root: the token is in no URL, no console line, and no longer in the page.
    expect(page.url()).toBe(`${ORIGIN}/`);
    expect(seen.requests.filter((r) => r.url.includes(token))).toEqual([]);
    expect(seen.console.filter((line) => line.includes(token))).toEqual([]);
    expect(await page.$("#websso-token")).toBeNull();
    expect(await page.content()).not.toContain(token);
    // The project's token is alice's, scoped to federated: the projects tab lists it.
    await page.click('nav a[data-view="projects"]');
    await page.waitForSelector('#view tr[data-name="federated"]');
    expect(problems).toEqual([]);
    await page.close();
  });

  it("refuses a WebSSO token posted from another site (Origin not Keystone's)", async () => {
    const response = await fetch(`${ORIGIN}/websso`, {
      method: "POST",
      headers: { origin: "http://127.0.0.1:9999", "content-type": "application/x-www-form-urlencoded" },
      body: "token=not-from-keystone",
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/posted from http:\/\/127\.0\.0\.1:9999, not from Keystone/);
  });

  it("logs alice in with PKCE in the page: the code exchanged by the browser, the provider's token at Keystone's front", async () => {
    const { page, problems } = await openPage(browser, dashboard);
    const seen = watch(page);
    await page.click("#sso-pkce");
    await page.waitForURL(`${ISSUER}/**`);
    const authorize = new URL(page.url());
    // The first stop is the provider's authorization endpoint: S256, the public client, the callback.
    const first = seen.requests.find((r) => r.url.startsWith(`${ISSUER}/auth?`))!;
    const asked = new URL(first.url).searchParams;
    expect([asked.get("client_id"), asked.get("code_challenge_method"), asked.get("redirect_uri")]).toEqual([
      "openstack-ts-public",
      "S256",
      `${ORIGIN}/oidc/callback`,
    ]);
    expect(authorize.origin).toBe(ISSUER);
    await signInAtProvider(page);
    expect(await loggedInAs(page)).toEqual({ who: "alice in", project: "federated" });
    await shoot(page, "sso-pkce-done");
    // The browser itself made the two calls no server helped with (CORS at the provider and the front).
    const posts = seen.requests.filter((r) => r.method === "POST").map((r) => r.url);
    expect(posts).toContain(`${ISSUER}/token`);
    expect(posts).toContain(`${FRONT}/v3/OS-FEDERATION/identity_providers/loopback-oidc/protocols/openid/auth`);
    // The code came back in the URL once; the page put the address back and dropped the verifier.
    const back = seen.requests.find((r) => r.url.startsWith(`${ORIGIN}/oidc/callback?`))!;
    const code = new URL(back.url).searchParams.get("code")!;
    expect(code.length).toBeGreaterThan(10);
    expect(page.url()).toBe(`${ORIGIN}/`);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(seen.console.filter((line) => line.includes(code))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows why a PKCE return cannot log in: a state of another login", async () => {
    const { page } = await openPage(browser, dashboard);
    await page.goto(`${ORIGIN}/oidc/callback?code=made-up-code&state=not-this-tabs`);
    await page.waitForSelector("#login .error");
    expect(await page.textContent("#login .error")).toMatch(/no login with PKCE was started in this tab/);
    expect(page.url()).toBe(`${ORIGIN}/`);
    await page.close();
  });
});

describe("a password login that Keystone answers with a receipt (password + TOTP rules)", () => {
  const conn = new Connection(admin);
  const later = undoLater();
  const name = uniqueName("dash-mfa");
  const password = `dash-mfa-${Math.random().toString(36).slice(2)}`;
  const secret = newTotpSecret();
  beforeAll(async () => {
    const project = await conn.identity.findProject("demo", { ignoreMissing: false });
    const user = await conn.identity.createUser({ name, password, default_project_id: project.id });
    later(`user ${name}`, () => conn.identity.deleteUser(user));
    const member = await conn.identity.findRole("member", { ignoreMissing: false });
    await conn.identity.assignProjectRoleToUser({ project, user, role: member });
    const credential = await conn.identity.createCredential({ type: "totp", user_id: user.id, blob: secret });
    later(`totp credential of ${name}`, () => conn.identity.deleteCredential(credential));
    await conn.identity.updateUser(user.id, {
      options: { multi_factor_auth_enabled: true, multi_factor_auth_rules: [["password", "totp"]] },
    });
  }, 60_000);

  const passwordFirst = async (page: Page) => {
    // Through the front: it exposes Keystone's Openstack-Auth-Receipt to the page and lets the
    // page send it back (services/oidc.sh); Keystone's own [cors] does neither.
    await page.fill("#auth-url", `${FRONT}/v3`);
    await page.selectOption("#method", "password");
    await page.fill("#username", name);
    await page.fill("#password", password);
    await page.click("#log-in");
    await page.waitForSelector("#second-factor, #login .error, header", { timeout: 30_000 });
    expect(await page.textContent("#login .form-status")).toMatch(/asks for totp/);
  };

  it("asks for the passcode, then logs in; a wrong passcode is Keystone's typed refusal", async () => {
    const { page, problems } = await openPage(browser, dashboard);
    const seen = watch(page);
    await passwordFirst(page);
    await shoot(page, "mfa-passcode");
    const wrong = wrongPasscode(secret);
    await page.fill("#passcode", wrong);
    await page.click("#send-passcode");
    await page.waitForSelector("#login .error");
    expect(await page.textContent("#login .error")).toMatch(/PasscodeRejectedError/);

    await passwordFirst(page);
    const passcode = await freshPasscode(secret);
    await page.fill("#passcode", passcode);
    await page.press("#passcode", "Enter");
    expect(await loggedInAs(page)).toEqual({ who: `${name} in`, project: "demo" });
    await shoot(page, "mfa-done");
    for (const line of seen.console)
      for (const hidden of [wrong, passcode, password]) expect(line).not.toContain(hidden);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("ends a cancelled passcode in the receipt error", async () => {
    const { page } = await openPage(browser, dashboard);
    await passwordFirst(page);
    await page.click("#cancel-passcode");
    await page.waitForSelector("#login .error");
    expect(await page.textContent("#login .error")).toMatch(/AuthReceiptRequiredError/);
    // Not Keystone's "additional authentication steps required": the page asked, and no passcode was given.
    expect(await page.textContent("#login .error .error-message")).toMatch(/^The passcode was not given: /);
    await page.close();
  });
});

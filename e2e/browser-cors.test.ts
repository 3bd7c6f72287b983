// CORS for the logins a browser makes itself (issue 15), in Debian's Chromium from the
// dashboard's origin, against the real cloud: Keystone's OAuth 2.0 token endpoint (an
// application credential as HTTP Basic), the federation auth path (the provider's token as
// Bearer), the token re-scoped and the projects it may scope to. Each of these carries a
// header that makes Chromium send a preflight first; the front's access log shows the
// preflight was answered, and the page reads the real answer (status, body, X-Subject-Token).
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningDashboard } from "../apps/dashboard/start.mjs";
import { launchChromium } from "./support/browser.js";
import { applicationCredentialId, AUTH_URL, STATE } from "./support/cloud.js";
import { openPage, serve } from "./support/dashboard-page.js";

const FRONT = "http://127.0.0.1:5080";
const ISSUER = "http://127.0.0.1:8900";
const FEDERATION_AUTH = "/v3/OS-FEDERATION/identity_providers/loopback-oidc/protocols/openid/auth";

let browser: Browser;
let dashboard: RunningDashboard;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  dashboard = await serve(["--auth-url", AUTH_URL]);
  page = (await openPage(browser, dashboard)).page;
}, 120_000);
afterAll(async () => {
  await dashboard?.close();
  await browser?.close();
});

/** The preflights (OPTIONS) the front answered for `path` so far, by status. */
function preflights(path: string): string[] {
  const log = readFileSync(new URL("logs/oidc-apache-access.log", STATE), "utf8");
  return log
    .split("\n")
    .filter((line) => line.includes(`"OPTIONS ${path}"`))
    .map((line) => /" (\d{3}) /.exec(line)?.[1] ?? "?");
}

/** One fetch in the page; what a script there can read of the answer, or the TypeError of a refused CORS. */
function fetchInPage(url: string, init: { method: string; headers: Record<string, string>; body?: string }) {
  return page.evaluate(
    async ({ url, init }) => {
      try {
        const response = await fetch(url, init);
        const text = await response.text();
        return { status: response.status, subjectToken: response.headers.get("x-subject-token"), text };
      } catch (error) {
        return { refused: String(error) };
      }
    },
    { url, init },
  );
}

describe("CORS on the paths a browser logs in through, from the dashboard's origin in Chromium", () => {
  it("runs on a page of the dashboard's own origin", () => {
    expect(new URL(page.url()).origin).toBe(new URL(dashboard.url).origin);
  });

  it("Keystone's OAuth 2.0 token endpoint: the preflight for Authorization, then an access token the page reads", async () => {
    const before = preflights("/v3/OS-OAUTH2/token").length;
    const basic = btoa(`${applicationCredentialId()}:appcred-secret`);
    const answer = await fetchInPage(`${FRONT}/v3/OS-OAUTH2/token`, {
      method: "POST",
      headers: { Authorization: `Basic ${basic}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    expect(answer).toMatchObject({ status: 200 });
    const body = JSON.parse((answer as { text: string }).text) as Record<string, unknown>;
    expect(body["token_type"]).toBe("Bearer");
    expect(String(body["access_token"]).length).toBeGreaterThan(20);
    expect(preflights("/v3/OS-OAUTH2/token").slice(before)).toContain("204");
  });

  it("the federation auth path: the provider's token as Bearer, Keystone's token read from X-Subject-Token, then re-scoped", async () => {
    const grant = await fetch(`${ISSUER}/token`, {
      method: "POST",
      headers: { Authorization: `Basic ${btoa("openstack-ts:openstack-ts-oidc-secret")}` },
      body: new URLSearchParams({ grant_type: "client_credentials", scope: "openid" }),
    });
    const providerToken = ((await grant.json()) as { access_token: string }).access_token;
    const before = preflights(FEDERATION_AUTH).length;
    const unscoped = await fetchInPage(`${FRONT}${FEDERATION_AUTH}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${providerToken}` },
    });
    expect(unscoped).toMatchObject({ status: 201 });
    const token = (unscoped as { subjectToken: string | null }).subjectToken!;
    expect(token.length).toBeGreaterThan(20);
    expect(preflights(FEDERATION_AUTH).slice(before)).toContain("204");
    expect(JSON.parse((unscoped as { text: string }).text).token.user.name).toBe("client:openstack-ts");

    // What a dashboard does next, from the page: the projects to choose from, then the token re-scoped.
    const projects = await fetchInPage(`${FRONT}/v3/auth/projects`, {
      method: "GET",
      headers: { "X-Auth-Token": token },
    });
    expect(projects).toMatchObject({ status: 200 });
    const names = JSON.parse((projects as { text: string }).text).projects.map((p: { name: string }) => p.name);
    expect(names).toContain("federated");
    for (const keystone of [FRONT, "http://127.0.0.1:5000"]) {
      const scoped = await fetchInPage(`${keystone}/v3/auth/tokens`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          auth: {
            identity: { methods: ["token"], token: { id: token } },
            scope: { project: { name: "federated", domain: { name: "Default" } } },
          },
        }),
      });
      expect(scoped).toMatchObject({ status: 201 });
      expect(JSON.parse((scoped as { text: string }).text).token.project.name).toBe("federated");
    }
  });

  it("a preflight for a header no one allows is refused: the page sees a TypeError, not the answer", async () => {
    const answer = await fetchInPage(`${FRONT}${FEDERATION_AUTH}`, {
      method: "POST",
      headers: { Authorization: "Bearer x", "X-Not-Allowed": "1" },
    });
    expect(answer).toMatchObject({ refused: expect.stringMatching(/TypeError: Failed to fetch/) });
  });
});

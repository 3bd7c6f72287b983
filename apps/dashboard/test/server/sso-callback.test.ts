import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { DashboardConfig } from "../../src/app/config.js";
import { listen, staticSite } from "../../src/server/static-site.js";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

const TOKEN = "gAAAAABfake-keystone_token.value=";
const FRONT = "http://127.0.0.1:5080";
const config: DashboardConfig = {
  cloud: "real",
  authUrl: "http://127.0.0.1:5000/v3",
  sso: { federationAuthUrl: `${FRONT}/v3`, identityProvider: "idp", protocol: "openid" },
};

async function serve(withSso = true): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), "dashboard-sso-"));
  mkdirSync(join(root, "public"));
  writeFileSync(
    join(root, "public/index.html"),
    '<!doctype html><html><head><script src="app.js"></script></head></html>',
  );
  const { sso: _sso, ...plain } = config;
  const server = staticSite(root, withSso ? config : plain);
  servers.push(server);
  return `http://127.0.0.1:${await listen(server, "127.0.0.1", 0, false)}`;
}

const post = (base: string, origin: string, body: string, type = "application/x-www-form-urlencoded") =>
  fetch(`${base}/websso`, { method: "POST", headers: { origin, "content-type": type }, body });

describe("the single sign-on pages of the dashboard's server", () => {
  it("hands Keystone's posted token to the app's page, resolved from the root, never cached", async () => {
    const base = await serve();
    const response = await post(base, FRONT, `token=${encodeURIComponent(TOKEN)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    const page = await response.text();
    expect(page).toContain('<base href="/" />');
    expect(page).toContain(`<script type="application/json" id="websso-token">${JSON.stringify(TOKEN)}</script>`);
  });

  it("refuses another site's post, a GET, a JSON body, a missing or odd token, and says so without the token", async () => {
    const base = await serve();
    const cases = [
      [await post(base, "http://127.0.0.1:9999", `token=${TOKEN}`), 403],
      [await fetch(`${base}/websso`), 405],
      [await post(base, FRONT, JSON.stringify({ token: TOKEN }), "application/json"), 415],
      [await post(base, FRONT, "other=1"), 400],
      [await post(base, FRONT, "token=%3Cscript%3E"), 400],
      [await post(base, FRONT, `token=${"a".repeat(70_000)}`), 413],
    ] as const;
    for (const [response, status] of cases) {
      expect(response.status).toBe(status);
      expect(await response.text()).not.toContain(TOKEN);
    }
  });

  it("serves the app's page at the PKCE callback, and neither path when SSO is off", async () => {
    const base = await serve();
    const callback = await fetch(`${base}/oidc/callback?code=c&state=s`);
    expect([callback.status, (await callback.text()).includes('<base href="/" />')]).toEqual([200, true]);
    const plain = await serve(false);
    expect((await fetch(`${plain}/oidc/callback?code=c`)).status).toBe(404);
    expect((await post(plain, FRONT, `token=${TOKEN}`)).status).toBe(405);
  });
});

import { fakeKeystone, networkDocument } from "../support/keystone.js";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { PasswordAuth } from "../../src/auth/password.js";
import { NoAuth } from "../../src/auth/static.js";
import { UnauthorizedError } from "../../src/errors/http-error.js";
import { ConfigError, EndpointNotFoundError } from "../../src/errors/sdk-errors.js";
import { ServiceClient } from "../../src/service/service-client.js";
import { Session } from "../../src/session/session.js";
import { mockServer } from "../support/server.js";

const NET = "http://network.test:9696";
const server = mockServer();

function cloud() {
  const keystone = fakeKeystone({ services: { network: { url: NET, document: networkDocument(NET) } } });
  const seen: { token: string | null }[] = [];
  server.use(
    ...keystone.handlers,
    http.get(`${NET}/v2.0/networks`, ({ request }) => {
      seen.push({ token: request.headers.get("x-auth-token") });
      return keystone.reject(request) ?? HttpResponse.json({ networks: [] });
    }),
  );
  const session = new Session({
    auth: new PasswordAuth({ authUrl: keystone.authUrl, username: "admin", password: "secret", projectName: "admin" }),
  });
  return { keystone, session, seen, network: new ServiceClient(session, { type: "network", version: "2" }) };
}

describe("Session", () => {
  it("makes one token request and one discovery request for 100 concurrent first calls", async () => {
    const { keystone, network, seen } = cloud();
    await Promise.all(Array.from({ length: 100 }, () => network.get("networks").json()));
    expect(keystone.counts.get("tokens")).toBe(1);
    expect(keystone.counts.get("discovery:network")).toBe(1);
    expect(seen).toHaveLength(100);
    expect(new Set(seen.map((s) => s.token))).toEqual(new Set([keystone.issued[0]]));
  });

  it("re-authenticates once for a burst of 401s on a revoked token, then retries each call once", async () => {
    const { keystone, network, seen } = cloud();
    await network.get("networks");
    keystone.revoke(keystone.issued[0]!);
    await Promise.all(Array.from({ length: 20 }, () => network.get("networks")));
    expect(keystone.counts.get("tokens")).toBe(2);
    // 1 first call + 20 rejected + 20 retried with the new token
    expect(seen).toHaveLength(41);
    expect(seen.slice(21).every((s) => s.token === keystone.issued[1])).toBe(true);
  });

  it("gives up after one re-authentication when the new token is refused too", async () => {
    const { keystone, network } = cloud();
    server.use(
      http.get(`${NET}/v2.0/networks`, () => HttpResponse.json({ error: { message: "nope" } }, { status: 401 })),
    );
    await expect(network.get("networks")).rejects.toBeInstanceOf(UnauthorizedError);
    expect(keystone.counts.get("tokens")).toBe(2);
  });
});

describe("Session configuration", () => {
  it("needs an auth plugin", () => {
    expect(() => new Session({} as never)).toThrow(ConfigError);
    expect(() => new Session({ auth: {} as never })).toThrow(/needs an auth plugin/);
  });

  it("sends every request through an injected fetch", async () => {
    const urls: string[] = [];
    const fetch = async (input: RequestInfo | URL) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return Response.json({ ok: true });
    };
    const session = new Session({ auth: new NoAuth(), fetch: fetch as typeof globalThis.fetch });
    expect(await (await session.request("http://injected.test/x")).json()).toEqual({ ok: true });
    expect(urls).toEqual(["http://injected.test/x"]);
  });

  it("says so when authorize() is asked of an auth type without tokens", async () => {
    await expect(new Session({ auth: new NoAuth() }).authorize()).rejects.toThrow("This auth type issues no token");
  });

  it("aborts every request with the session's signal", async () => {
    server.use(http.get("http://slow.test/", () => new Promise<Response>(() => {})));
    const controller = new AbortController();
    const session = new Session({ auth: new NoAuth(), signal: controller.signal, retries: false });
    const pending = session.request("http://slow.test/");
    controller.abort(new Error("session closed"));
    await expect(pending).rejects.toThrow("session closed");
  });
});

describe("Session.endpointFor", () => {
  function catalogCloud(options: Partial<ConstructorParameters<typeof Session>[0]> = {}) {
    const keystone = fakeKeystone({
      services: {
        volumev3: { url: "http://cinder.test:8776/v3/%(project_id)s", region: "RegionTwo" },
        network: { url: NET },
      },
    });
    server.use(...keystone.handlers);
    return new Session({
      auth: new PasswordAuth({
        authUrl: keystone.authUrl,
        username: "admin",
        password: "secret",
        projectName: "admin",
      }),
      ...options,
    });
  }

  it("picks the catalog URL for a type or alias, with the project id filled in", async () => {
    const session = catalogCloud();
    expect(await session.endpointFor("block-storage")).toBe("http://cinder.test:8776/v3/p-admin");
    expect(await session.endpointFor("volumev3", { regionName: "RegionTwo" })).toBe(
      "http://cinder.test:8776/v3/p-admin",
    );
  });

  it("honours the session's region, and explains a miss", async () => {
    const session = catalogCloud({ regionName: "RegionTwo" });
    expect(await session.endpointFor("block-storage")).toBe("http://cinder.test:8776/v3/p-admin");
    await expect(session.endpointFor("network")).rejects.toBeInstanceOf(EndpointNotFoundError);
    await expect(session.endpointFor("network")).rejects.toThrow(/in region 'RegionTwo'.*network \(public@RegionOne/);
  });

  it("prefers an endpoint override, found by alias, with the project id filled in", async () => {
    const session = catalogCloud({
      services: { volume: { endpointOverride: "http://override.test/v3/$(project_id)s" } },
    });
    expect(await session.endpointFor("block-storage")).toBe("http://override.test/v3/p-admin");
  });
});
